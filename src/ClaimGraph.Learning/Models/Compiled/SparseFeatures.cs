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
    /// The slots set that <paramref name="placeOf"/> keeps (-1: left out), at their places, in the order they were
    /// set, with their values.
    /// </summary>
    public NgramVectorCache.Vector Kept(int[] placeOf)
    {
        var kept = 0;
        for (var i = 0; i < Count; i++)
            if (placeOf[_set[i]] >= 0) kept++;
        var slots = new int[kept];
        var values = new float[kept];
        kept = 0;
        for (var i = 0; i < Count; i++)
        {
            var slot = _set[i];
            if (placeOf[slot] < 0) continue;
            slots[kept] = placeOf[slot];
            values[kept++] = _values[slot];
        }
        return new NgramVectorCache.Vector(slots, values);
    }

    public void Clear()
    {
        for (var i = 0; i < Count; i++) _values[_set[i]] = 0;
        Count = 0;
    }
}
