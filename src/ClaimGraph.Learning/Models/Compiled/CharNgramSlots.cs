namespace ClaimGraph.Learning.Models.Compiled;

/// <summary>
/// One text column of a trained model as ML.NET featurizes it (characters with start and end marks, n-grams of
/// one to three, counted, then scaled to unit length), with the model's own n-gram dictionary read from its slot
/// names, so a text becomes the same sparse vector without ML.NET's per-row machinery.
/// </summary>
public sealed class CharNgramSlots
{
    private const char Start = '\u0002';
    private const char End = '\u0003';
    private const int MaxLength = 3;

    // Single characters by array (slot plus one, 0: none); pairs by dictionary, each also saying whether any kept
    // trigram starts with it, so the trigram is looked up only then (a pair may be cut from the dictionary while a
    // trigram it starts is kept). Pairs are packed as (slot + 1) * 2 + (1 if it extends), so that one table answers
    // both. Everything is held in two bytes a value, so that a model's tables stay in the core's own cache.
    private readonly ushort[] _unigrams;
    private readonly NgramTable _bigrams;
    private readonly NgramTable _trigrams;

    private CharNgramSlots(ushort[] unigrams, Dictionary<uint, (int Slot, bool Extends)> bigrams, Dictionary<ulong, int> trigrams, string[] ngrams)
    {
        _unigrams = unigrams;
        _bigrams = new NgramTable(bigrams.ToDictionary(p => (ulong)p.Key, p => (p.Value.Slot + 1) * 2 + (p.Value.Extends ? 1 : 0)));
        _trigrams = new NgramTable(trigrams);
        Ngrams = ngrams;
    }

    public int Size => Ngrams.Count;

    /// <summary>Each slot's n-gram, its characters with the start and end marks: what the dictionary is built from.</summary>
    public IReadOnlyList<string> Ngrams { get; }

    /// <summary>Reads the dictionary from the column's slot names ("<␂>|美|国"); null when a name cannot be read back unambiguously.</summary>
    public static CharNgramSlots? FromSlotNames(IReadOnlyList<string> names, CharTokenNames tokens)
    {
        var ngrams = new string[names.Count];
        for (var slot = 0; slot < names.Count; slot++)
            if ((ngrams[slot] = tokens.Parse(names[slot], MaxLength)!) is null) return null;
        return FromNgrams(ngrams);
    }

    /// <summary>The dictionary of these n-grams, slot by slot (as <see cref="Ngrams"/> gives them); null when one cannot be a slot.</summary>
    public static CharNgramSlots? FromNgrams(string[] ngrams)
    {
        // Slots and packed pairs must fit the tables' two bytes; a model this large is scored through ML.NET instead.
        if ((ngrams.Length + 1) * 2 >= NgramTable.ValueLimit) return null;
        var unigrams = new ushort[char.MaxValue + 1];
        var bigrams = new Dictionary<uint, (int Slot, bool Extends)>();
        var trigrams = new Dictionary<ulong, int>();
        for (var slot = 0; slot < ngrams.Length; slot++)
        {
            var ngram = ngrams[slot];
            switch (ngram.Length)
            {
                case 1 when unigrams[ngram[0]] == 0:
                    unigrams[ngram[0]] = (ushort)(slot + 1);
                    break;
                case 2:
                    var pair = Pair(ngram[0], ngram[1]);
                    var known = bigrams.TryGetValue(pair, out var entry);
                    if (known && entry.Slot >= 0) return null;
                    bigrams[pair] = (slot, known && entry.Extends);
                    break;
                case 3:
                    if (!trigrams.TryAdd(Triple(ngram[0], ngram[1], ngram[2]), slot)) return null;
                    var prefix = Pair(ngram[0], ngram[1]);
                    bigrams[prefix] = (bigrams.TryGetValue(prefix, out var before) ? before.Slot : -1, true);
                    break;
                default:
                    return null;
            }
        }
        return new CharNgramSlots(unigrams, bigrams, trigrams, ngrams);
    }

    /// <summary>Adds the text's unit-length n-gram vector to <paramref name="features"/> at <paramref name="offset"/>.</summary>
    public void Featurize(string text, int offset, SparseFeatures features)
    {
        var first = features.Count;
        AddCounts(text, offset, features);
        features.ScaleToUnitLength(first);
    }

    /// <summary>Adds the text's n-gram counts to <paramref name="features"/> at <paramref name="offset"/>, not yet scaled.</summary>
    public void AddCounts(string text, int offset, SparseFeatures features)
    {
        // ML.NET gives an empty text no tokens, so no n-grams and a zero vector.
        if (text.Length == 0) return;
        var tokens = Tokens(text);
        for (var i = 0; i < tokens.Length; i++)
        {
            var a = tokens[i];
            if (_unigrams[a] is > 0 and var unigram) features.Increment(offset + unigram - 1);
            if (i + 1 >= tokens.Length || !_bigrams.TryGetValue(Pair(a, tokens[i + 1]), out var pair)) continue;
            var slot = (pair >> 1) - 1;
            if (slot >= 0) features.Increment(offset + slot);
            if ((pair & 1) != 0 && i + 2 < tokens.Length && _trigrams.TryGetValue(Triple(a, tokens[i + 1], tokens[i + 2]), out var trigram))
                features.Increment(offset + trigram);
        }
    }

    /// <summary>
    /// Writes to <paramref name="slots"/> the slots of the n-grams of <paramref name="tokens"/> (a text between its marks,
    /// as <see cref="Tokens(string, ref char[])"/> makes it) that end after token <paramref name="after"/> and start before
    /// token <paramref name="before"/>; returns how many it wrote (at most three per token).
    /// </summary>
    public int SlotsBetween(ReadOnlySpan<char> tokens, int after, int before, Span<int> slots)
    {
        var count = 0;
        for (var i = Math.Max(0, after - 2); i < before; i++)
        {
            var a = tokens[i];
            if (i >= after && _unigrams[a] is > 0 and var unigram) slots[count++] = unigram - 1;
            if (i + 1 >= tokens.Length || !_bigrams.TryGetValue(Pair(a, tokens[i + 1]), out var pair)) continue;
            var slot = (pair >> 1) - 1;
            if (slot >= 0 && i + 1 >= after) slots[count++] = slot;
            if ((pair & 1) != 0 && i + 2 < tokens.Length && _trigrams.TryGetValue(Triple(a, tokens[i + 1], tokens[i + 2]), out var trigram))
                slots[count++] = trigram;
        }
        return count;
    }

    /// <summary>The text between the start and end marks, in a buffer reused by the thread.</summary>
    private static ReadOnlySpan<char> Tokens(string text) => Tokens(text, ref t_tokens);

    /// <summary>The text between the start and end marks, in <paramref name="buffer"/> (grown when too short).</summary>
    public static ReadOnlySpan<char> Tokens(string text, ref char[]? buffer)
    {
        if (buffer is null || buffer.Length < text.Length + 2) buffer = new char[Math.Max(256, text.Length * 2 + 2)];
        buffer[0] = Start;
        text.CopyTo(0, buffer, 1, text.Length);
        buffer[text.Length + 1] = End;
        return buffer.AsSpan(0, text.Length + 2);
    }

    [ThreadStatic]
    private static char[]? t_tokens;

    private static uint Pair(char a, char b) => (uint)a << 16 | b;

    private static ulong Triple(char a, char b, char c) => (ulong)a << 32 | (ulong)b << 16 | c;
}
