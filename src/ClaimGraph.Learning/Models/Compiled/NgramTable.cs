using System.Runtime.CompilerServices;

namespace ClaimGraph.Learning.Models.Compiled;

/// <summary>
/// A read-only map from an n-gram's packed characters (at most 48 bits) to a value below <see cref="ValueLimit"/>,
/// open-addressed in one flat array of key and value packed in eight bytes: every candidate looks up a few hundred
/// n-grams, a probe here reads one cache line where a general dictionary reads its buckets, its entries and calls its
/// comparer, and a model's four tables stay small enough for the core's own cache.
/// </summary>
public sealed class NgramTable
{
    /// <summary>Values are below this; the all-ones entry marks an empty place.</summary>
    public const int ValueLimit = ushort.MaxValue;

    private const ulong Empty = ulong.MaxValue;
    private readonly ulong[] _entries;
    private readonly int _shift;

    public NgramTable(IReadOnlyDictionary<ulong, int> entries)
    {
        var bits = 4;
        while (1 << bits < entries.Count * 2) bits++;
        _entries = new ulong[1 << bits];
        Array.Fill(_entries, Empty);
        _shift = 64 - bits;
        var mask = _entries.Length - 1;
        foreach (var (key, value) in entries)
        {
            if (key >> 48 != 0 || (uint)value >= ValueLimit) throw new ArgumentOutOfRangeException(nameof(entries), $"{key:x}: {value} does not fit");
            var at = Home(key);
            while (_entries[at] != Empty) at = (at + 1) & mask;
            _entries[at] = key << 16 | (uint)value;
        }
    }

    // Inlined into the counting loops, which call it for every n-gram of a text.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ulong key, out int value)
    {
        var entries = _entries;
        var mask = entries.Length - 1;
        for (var at = Home(key); entries[at] != Empty; at = (at + 1) & mask)
        {
            if (entries[at] >> 16 != key) continue;
            value = (int)(entries[at] & 0xFFFF);
            return true;
        }
        value = 0;
        return false;
    }

    // Fibonacci hashing: the top bits of the product spread packed characters evenly.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
