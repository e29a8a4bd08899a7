namespace ClaimGraph.Learning.Models.Compiled;

/// <summary>
/// The n-gram vectors of texts featurized lately, by text, for one thread: the candidates of a sentence share most of
/// their windows and clauses (a clause is rewritten the same for every pairing whose names lie outside it), so about
/// two thirds of the characters a model reads it has read for an earlier candidate. A vector is kept as the slots it
/// set, in the order it set them, with their final values, so replaying it leaves the same floats as computing it.
/// It keeps only the slots the trees read, at their places (<paramref name="placeOf"/>, -1: left out): the unit
/// length is taken over all of a text's n-grams, but most of them no split reads.
/// </summary>
public sealed class NgramVectorCache(int columns, int[] placeOf, int rollingColumn = -1)
{
    /// <summary>Texts kept per column before the cache starts afresh: more than a sentence's candidates use.</summary>
    private const int Capacity = 512;

    private readonly Dictionary<string, Vector>[] _columns =
        [.. Enumerable.Range(0, columns).Select(_ => new Dictionary<string, Vector>(Capacity, StringComparer.Ordinal))];

    // A text the cache has not seen is counted from the last one in the rolling column, whose consecutive texts are
    // rewrites of one text; elsewhere on its own in integers (FreshNgramCounts); when too large for either, here.
    private RollingNgramCounts? _rolling;
    private readonly FreshNgramCounts?[] _fresh = new FreshNgramCounts?[columns];
    private readonly SparseFeatures _counts = new(placeOf.Length);

    /// <summary>Adds the text's vector of column <paramref name="column"/> to <paramref name="features"/>, computing it once.</summary>
    public void Featurize(int column, CharNgramSlots slots, string text, int offset, SparseFeatures features)
    {
        var cache = _columns[column];
        if (!cache.TryGetValue(text, out var vector))
        {
            vector = (column == rollingColumn ? Rolling(slots, offset).UnitLength(text) : Fresh(column, slots, offset).UnitLength(text))
                ?? Afresh(slots, text, offset);
            if (cache.Count >= Capacity) cache.Clear();
            cache[text] = vector;
        }
        for (var i = 0; i < vector.Slots.Length; i++) features.Set(vector.Slots[i], vector.Values[i]);
    }

    private RollingNgramCounts Rolling(CharNgramSlots slots, int offset)
    {
        if (_rolling is null || _rolling.Slots != slots || _rolling.Offset != offset) _rolling = new(slots, offset, placeOf);
        return _rolling;
    }

    private FreshNgramCounts Fresh(int column, CharNgramSlots slots, int offset)
    {
        if (_fresh[column] is not { } fresh || fresh.Slots != slots || fresh.Offset != offset) _fresh[column] = fresh = new(slots, offset, placeOf);
        return fresh;
    }

    private Vector Afresh(CharNgramSlots slots, string text, int offset)
    {
        slots.AddCounts(text, offset, _counts);
        return _counts.DrainUnitLength(placeOf);
    }

    /// <summary>Slots (at their places) and their values, in the order they were first set.</summary>
    public readonly record struct Vector(int[] Slots, float[] Values);
}
