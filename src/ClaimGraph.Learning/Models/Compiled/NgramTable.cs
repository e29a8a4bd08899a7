using System.Runtime.CompilerServices;

namespace ClaimGraph.Learning.Models.Compiled;

/// <summary>
/// A read-only map from an n-gram's packed characters to a value, open-addressed in one flat array of key and value
/// side by side: every candidate looks up a few hundred n-grams, and a probe here reads one cache line where a general
/// dictionary reads its buckets, its entries and calls its comparer.
/// </summary>
public sealed class NgramTable
{
    private readonly Entry[] _entries;
    private readonly int _shift;

    public NgramTable(IReadOnlyDictionary<ulong, int> entries)
    {
        var bits = 4;
        while (1 << bits < entries.Count * 2) bits++;
        _entries = new Entry[1 << bits];
        _shift = 64 - bits;
        var mask = _entries.Length - 1;
        foreach (var (key, value) in entries)
        {
            var at = Home(key);
            while (_entries[at].Stored != 0) at = (at + 1) & mask;
            _entries[at] = new Entry(key + 1, value);
        }
    }

    // Inlined into the counting loops, which call it for every n-gram of a text.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ulong key, out int value)
    {
        var entries = _entries;
        var mask = entries.Length - 1;
        // Keys are stored plus one (packed characters fill at most 48 bits), so 0 marks an empty place.
        var stored = key + 1;
        for (var at = Home(key); entries[at].Stored != 0; at = (at + 1) & mask)
        {
            if (entries[at].Stored != stored) continue;
            value = entries[at].Value;
            return true;
        }
        value = 0;
        return false;
    }

    // Fibonacci hashing: the top bits of the product spread packed characters evenly.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);

    private readonly record struct Entry(ulong Stored, int Value);
}
