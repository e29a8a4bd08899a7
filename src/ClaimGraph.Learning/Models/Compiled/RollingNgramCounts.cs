namespace ClaimGraph.Learning.Models.Compiled;

/// <summary>
/// The n-gram counts of the last text counted in one text column, carried over to the next text: only the n-grams
/// that do not lie wholly within a stretch the two texts share are taken off and counted again. A sentence's pairings
/// rewrite the same clause with Ⓢ and Ⓞ at other names, so two rewrites differ only around those marks. Counts are
/// integers, so their sum of squares is exact in any order while it stays below 2^24: there it is the very float
/// ML.NET sums, and every unit-length value is the float it computes. Above it <see cref="UnitLength"/> declines, and
/// the text is counted afresh.
/// </summary>
public sealed class RollingNgramCounts(CharNgramSlots slots, int offset, int[] placeOf)
{
    private const long ExactBelow = 1 << 24;

    // A shared stretch found again after a difference is at least Run tokens long, within MostSkipped tokens of it.
    private const int Run = 4;
    private const int MostSkipped = 8;

    private readonly int[] _counts = new int[slots.Size];
    // The slots the trees read (placeOf) that may count above zero, each listed once; zeros are dropped as read.
    private readonly List<int> _kept = [];
    private readonly bool[] _listed = new bool[slots.Size];
    private long _sumOfSquares;
    private char[]? _last;
    private char[]? _next;
    private int _lastLength;
    private int[] _changed = new int[768];

    public CharNgramSlots Slots => slots;

    public int Offset => offset;

    /// <summary>
    /// The text's unit-length vector (the slots the trees read, at their places), as <see cref="SparseFeatures.DrainUnitLength"/>
    /// gives it, with the counts carried over from the last text; null when its sum of squares is too large to be exact.
    /// </summary>
    public NgramVectorCache.Vector? UnitLength(string text)
    {
        // ML.NET gives an empty text no tokens, so no n-grams and a zero vector; the last text's counts stay.
        if (text.Length == 0) return new NgramVectorCache.Vector([], []);
        var tokens = CharNgramSlots.Tokens(text, ref _next);
        var last = _last.AsSpan(0, _lastLength);
        if (last.Length == 0) Count(tokens, 0, tokens.Length, +1);
        else Recount(last, tokens);
        (_last, _next, _lastLength) = (_next, _last, tokens.Length);
        return _sumOfSquares < ExactBelow ? Vector() : null;
    }

    /// <summary>
    /// Takes off the n-grams of <paramref name="last"/> and adds those of <paramref name="tokens"/> that do not lie wholly
    /// within a stretch the two share: their common start and end, and between them runs found again after each
    /// difference (the other names' marks and the text between them are the same in two rewrites of a clause). Any
    /// such stretches give the right counts; longer ones, fewer lookups. Runs are longer than two tokens, so no n-gram
    /// reaches across one from the difference before it to the one after, and none is taken off or added twice.
    /// </summary>
    private void Recount(ReadOnlySpan<char> last, ReadOnlySpan<char> tokens)
    {
        // Both start with the start mark and end with the end mark, so the common start and end are never empty.
        var i = last.CommonPrefixLength(tokens);
        var j = i;
        var end = CommonEndLength(last, tokens, Math.Min(last.Length, tokens.Length) - i);
        int lastEnd = last.Length - end, tokensEnd = tokens.Length - end;
        while (i < lastEnd || j < tokensEnd)
        {
            var (skipLast, skipTokens) = Resync(last[i..lastEnd], tokens[j..tokensEnd]);
            Count(last, i, i + skipLast, -1);
            Count(tokens, j, j + skipTokens, +1);
            i += skipLast;
            j += skipTokens;
            while (i < lastEnd && j < tokensEnd && last[i] == tokens[j])
            {
                i++;
                j++;
            }
        }
    }

    /// <summary>How far each side skips to the nearest run of <see cref="Run"/> tokens both share; all of both when there is none near.</summary>
    private static (int Last, int Tokens) Resync(ReadOnlySpan<char> last, ReadOnlySpan<char> tokens)
    {
        for (var skipped = 1; skipped <= 2 * MostSkipped; skipped++)
            for (var a = Math.Max(0, skipped - MostSkipped); a <= Math.Min(skipped, MostSkipped); a++)
            {
                var b = skipped - a;
                if (a + Run <= last.Length && b + Run <= tokens.Length && last.Slice(a, Run).SequenceEqual(tokens.Slice(b, Run))) return (a, b);
            }
        return (last.Length, tokens.Length);
    }

    /// <summary>Adds <paramref name="delta"/> to the count of every n-gram that ends after token <paramref name="after"/> and starts before <paramref name="before"/>.</summary>
    private void Count(ReadOnlySpan<char> tokens, int after, int before, int delta)
    {
        var most = 3 * Math.Max(0, before - Math.Max(0, after - 2));
        if (_changed.Length < most) _changed = new int[most * 2];
        var changed = slots.SlotsBetween(tokens, after, before, _changed);
        for (var i = 0; i < changed; i++)
        {
            var slot = _changed[i];
            var count = _counts[slot];
            // (count + delta)² − count², with delta ±1.
            _sumOfSquares += delta * (2L * count + delta);
            _counts[slot] = count + delta;
            if (!_listed[slot] && placeOf[offset + slot] >= 0)
            {
                _listed[slot] = true;
                _kept.Add(slot);
            }
        }
    }

    /// <summary>The kept slots above zero, scaled as DrainUnitLength scales them: the same float operations on the same values.</summary>
    private NgramVectorCache.Vector Vector()
    {
        float sumOfSquares = _sumOfSquares;
        var scale = sumOfSquares == 0 ? 1f : 1f / (float)Math.Sqrt(sumOfSquares);
        var kept = 0;
        for (var i = 0; i < _kept.Count; i++)
        {
            var slot = _kept[i];
            if (_counts[slot] > 0) _kept[kept++] = slot;
            else _listed[slot] = false;
        }
        _kept.RemoveRange(kept, _kept.Count - kept);
        var places = new int[kept];
        var values = new float[kept];
        for (var i = 0; i < kept; i++)
        {
            places[i] = placeOf[offset + _kept[i]];
            values[i] = (float)_counts[_kept[i]] * scale;
        }
        return new NgramVectorCache.Vector(places, values);
    }

    private static int CommonEndLength(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int most)
    {
        var length = 0;
        while (length < most && a[a.Length - 1 - length] == b[b.Length - 1 - length]) length++;
        return length;
    }
}
