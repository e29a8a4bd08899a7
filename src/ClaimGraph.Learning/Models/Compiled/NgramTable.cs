namespace ClaimGraph.Learning.Models.Compiled;

/// <summary>
/// A read-only map from an n-gram's packed characters to a value, open-addressed in two flat arrays: every candidate
/// looks up a few hundred n-grams, and a general dictionary's comparer calls and entry chains cost more than the probe.
/// </summary>
public sealed class NgramTable
{
    private readonly ulong[] _keys;
    private readonly int[] _values;
    private readonly bool[] _used;
    private readonly int _shift;

    public NgramTable(IReadOnlyDictionary<ulong, int> entries)
    {
        var bits = 4;
        while (1 << bits < entries.Count * 2) bits++;
        _keys = new ulong[1 << bits];
        _values = new int[1 << bits];
        _used = new bool[1 << bits];
        _shift = 64 - bits;
        var mask = (1 << bits) - 1;
        foreach (var (key, value) in entries)
        {
            var at = Home(key);
            while (_used[at]) at = (at + 1) & mask;
            _keys[at] = key;
            _values[at] = value;
            _used[at] = true;
        }
    }

    public bool TryGetValue(ulong key, out int value)
    {
        var mask = _keys.Length - 1;
        for (var at = Home(key); _used[at]; at = (at + 1) & mask)
        {
            if (_keys[at] != key) continue;
            value = _values[at];
            return true;
        }
        value = 0;
        return false;
    }

    // Fibonacci hashing: the top bits of the product spread packed characters evenly.
    private int Home(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> _shift);
}
