namespace ClaimGraph.Learning.Models.Compiled;

/// <summary>
/// The n-gram vectors of texts featurized lately, by text, for one thread: the candidates of a sentence share most of
/// their windows and clauses (a clause is rewritten the same for every pairing whose names lie outside it), so about
/// two thirds of the characters a model reads it has read for an earlier candidate. A vector is kept as the slots it
/// set, in the order it set them, with their final values, so replaying it leaves the same floats as computing it.
/// </summary>
public sealed class NgramVectorCache
{
    /// <summary>Texts kept per column before the cache starts afresh: more than a sentence's candidates use.</summary>
    private const int Capacity = 512;

    private readonly Dictionary<string, Vector>[] _columns;

    public NgramVectorCache(int columns)
    {
        _columns = new Dictionary<string, Vector>[columns];
        for (var i = 0; i < columns; i++) _columns[i] = new Dictionary<string, Vector>(Capacity, StringComparer.Ordinal);
    }

    /// <summary>Adds the text's vector of column <paramref name="column"/> to <paramref name="features"/>, computing it once.</summary>
    public void Featurize(int column, CharNgramSlots slots, string text, int offset, SparseFeatures features)
    {
        var cache = _columns[column];
        if (cache.TryGetValue(text, out var vector))
        {
            for (var i = 0; i < vector.Slots.Length; i++) features.Set(vector.Slots[i], vector.Values[i]);
            return;
        }
        var first = features.Count;
        slots.Featurize(text, offset, features);
        if (cache.Count >= Capacity) cache.Clear();
        cache[text] = features.Since(first);
    }

    /// <summary>Slots (with the column's offset) and their values, in the order they were first set.</summary>
    public readonly record struct Vector(int[] Slots, float[] Values);
}
