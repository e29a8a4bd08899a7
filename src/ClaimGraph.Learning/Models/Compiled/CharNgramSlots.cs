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

    private readonly Dictionary<ulong, int> _slots;

    private CharNgramSlots(Dictionary<ulong, int> slots, int size)
    {
        _slots = slots;
        Size = size;
    }

    public int Size { get; }

    /// <summary>Reads the dictionary from the column's slot names ("<␂>|美|国"); null when a name cannot be read back unambiguously.</summary>
    public static CharNgramSlots? FromSlotNames(IReadOnlyList<string> names, CharTokenNames tokens)
    {
        var slots = new Dictionary<ulong, int>(names.Count);
        var slot = 0;
        foreach (var name in names)
        {
            if (tokens.Parse(name, MaxLength) is not { } ngram || !slots.TryAdd(Key(ngram), slot)) return null;
            slot++;
        }
        return new CharNgramSlots(slots, names.Count);
    }

    /// <summary>Adds the text's unit-length n-gram vector to <paramref name="features"/> at <paramref name="offset"/>.</summary>
    public void Featurize(string text, int offset, SparseFeatures features)
    {
        // ML.NET gives an empty text no tokens, so no n-grams and a zero vector.
        if (text.Length == 0) return;
        var first = features.Count;
        var length = text.Length + 2;
        for (var i = 0; i < length; i++)
        {
            ulong key = 0;
            for (var n = 0; n < MaxLength && i + n < length; n++)
            {
                key = (key << 16) | TokenAt(text, i + n);
                if (_slots.TryGetValue(key | ((ulong)(n + 1) << 48), out var slot)) features.Increment(offset + slot);
            }
        }
        features.ScaleToUnitLength(first);
    }

    private static char TokenAt(string text, int i) => i == 0 ? Start : i == text.Length + 1 ? End : text[i - 1];

    private static ulong Key(string ngram)
    {
        ulong key = 0;
        foreach (var c in ngram) key = (key << 16) | c;
        return key | ((ulong)ngram.Length << 48);
    }
}
