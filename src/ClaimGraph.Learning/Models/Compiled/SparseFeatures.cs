namespace ClaimGraph.Learning.Models.Compiled;

/// <summary>
/// A dense feature vector that remembers which slots it set, so that it is cleared in time proportional to those
/// and reused for the next row (one per thread).
/// </summary>
public sealed class SparseFeatures(int size)
{
    private readonly float[] _values = new float[size];
    private readonly int[] _set = new int[size];

    public int Count { get; private set; }

    public ReadOnlySpan<float> Values => _values;

    /// <summary>The slots set since the last clear, in the order they were set.</summary>
    public ReadOnlySpan<int> SetSlots => _set.AsSpan(0, Count);

    public void Set(int slot, float value)
    {
        if (value == 0) return;
        if (_values[slot] == 0) _set[Count++] = slot;
        _values[slot] = value;
    }

    public void Increment(int slot)
    {
        if (_values[slot] == 0) _set[Count++] = slot;
        _values[slot] += 1;
    }

    /// <summary>Scales the slots set since <paramref name="first"/> as ML.NET's L2 normalizer does (float arithmetic, same order).</summary>
    public void ScaleToUnitLength(int first)
    {
        float sumOfSquares = 0;
        for (var i = first; i < Count; i++) sumOfSquares += _values[_set[i]] * _values[_set[i]];
        if (sumOfSquares == 0) return;
        var divisor = (float)Math.Sqrt(sumOfSquares);
        var scale = 1f / divisor;
        for (var i = first; i < Count; i++) _values[_set[i]] *= scale;
    }

    /// <summary>
    /// The slots set, scaled to unit length as <see cref="ScaleToUnitLength"/> scales them, that <paramref name="placeOf"/>
    /// keeps (-1: left out), at their places, in the order they were set; the vector is left empty. One pass sums, one
    /// scales, keeps and clears: a text's vector is read twice, not five times.
    /// </summary>
    public NgramVectorCache.Vector DrainUnitLength(int[] placeOf)
    {
        float sumOfSquares = 0;
        var kept = 0;
        for (var i = 0; i < Count; i++)
        {
            sumOfSquares += _values[_set[i]] * _values[_set[i]];
            if (placeOf[_set[i]] >= 0) kept++;
        }
        var scale = sumOfSquares == 0 ? 1f : 1f / (float)Math.Sqrt(sumOfSquares);
        var slots = new int[kept];
        var values = new float[kept];
        kept = 0;
        for (var i = 0; i < Count; i++)
        {
            var slot = _set[i];
            if (placeOf[slot] >= 0)
            {
                slots[kept] = placeOf[slot];
                values[kept++] = _values[slot] * scale;
            }
            _values[slot] = 0;
        }
        Count = 0;
        return new NgramVectorCache.Vector(slots, values);
    }

    public void Clear()
    {
        for (var i = 0; i < Count; i++) _values[_set[i]] = 0;
        Count = 0;
    }
}
