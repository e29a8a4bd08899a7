namespace ClaimGraph.Learning.Models.Compiled;

/// <summary>
/// A short text's n-gram counts taken on their own, in one text column, as integers in an array of that column's slots:
/// the window, left and right texts move with every pairing, so each new one is counted afresh. The sum of squares is
/// summed as an integer while counting, which below 2^24 is the very float <see cref="SparseFeatures.DrainUnitLength"/>
/// sums; the slots the trees do not read are counted but never read back. Above it <see cref="UnitLength"/> declines.
/// </summary>
public sealed class FreshNgramCounts(CharNgramSlots slots, int offset, int[] placeOf)
{
    private const long ExactBelow = 1 << 24;

    private readonly int[] _counts = new int[slots.Size];
    private readonly List<int> _kept = [];
    private int[] _counted = new int[768];
    private char[]? _tokens;

    public CharNgramSlots Slots => slots;

    public int Offset => offset;

    /// <summary>
    /// The text's unit-length vector (the slots the trees read, at their places, in the order first counted), as
    /// <see cref="SparseFeatures.DrainUnitLength"/> gives it; null when its sum of squares is too large to be exact.
    /// </summary>
    public NgramVectorCache.Vector? UnitLength(string text)
    {
        // ML.NET gives an empty text no tokens, so no n-grams and a zero vector.
        if (text.Length == 0) return new NgramVectorCache.Vector([], []);
        var tokens = CharNgramSlots.Tokens(text, ref _tokens);
        if (_counted.Length < 3 * tokens.Length) _counted = new int[6 * tokens.Length];
        // The n-grams in the order the counting of SparseFeatures sets them: by start, shortest first.
        var counted = slots.SlotsBetween(tokens, 0, tokens.Length, _counted);
        long sumOfSquares = 0;
        for (var i = 0; i < counted; i++)
        {
            var slot = _counted[i];
            var count = _counts[slot];
            sumOfSquares += 2L * count + 1;
            _counts[slot] = count + 1;
            if (count == 0 && placeOf[offset + slot] >= 0) _kept.Add(slot);
        }
        var vector = sumOfSquares < ExactBelow ? Vector(sumOfSquares) : (NgramVectorCache.Vector?)null;
        for (var i = 0; i < counted; i++) _counts[_counted[i]] = 0;
        _kept.Clear();
        return vector;
    }

    /// <summary>The kept slots scaled as DrainUnitLength scales them: the same float operations on the same values.</summary>
    private NgramVectorCache.Vector Vector(long exactSumOfSquares)
    {
        float sumOfSquares = exactSumOfSquares;
        var scale = sumOfSquares == 0 ? 1f : 1f / (float)Math.Sqrt(sumOfSquares);
        var places = new int[_kept.Count];
        var values = new float[_kept.Count];
        for (var i = 0; i < places.Length; i++)
        {
            places[i] = placeOf[offset + _kept[i]];
            values[i] = (float)_counts[_kept[i]] * scale;
        }
        return new NgramVectorCache.Vector(places, values);
    }
}
