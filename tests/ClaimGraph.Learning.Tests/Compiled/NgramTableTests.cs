using ClaimGraph.Learning.Models.Compiled;

namespace ClaimGraph.Learning.Tests.Compiled;

public sealed class NgramTableTests
{
    [Fact]
    public void finds_every_key_it_was_given_and_no_other()
    {
        var entries = Enumerable.Range(0, 5000).ToDictionary(i => (ulong)i * 65537 + 2, i => i);
        var table = new NgramTable(entries);

        foreach (var (key, value) in entries)
        {
            Assert.True(table.TryGetValue(key, out var found), $"key {key}");
            Assert.Equal(value, found);
        }
        Assert.False(table.TryGetValue(1, out _));
        Assert.False(table.TryGetValue(ulong.MaxValue - 1, out _));
    }

    [Fact]
    public void key_zero_is_a_key_like_any_other()
    {
        var table = new NgramTable(new Dictionary<ulong, int> { [0] = 7 });

        Assert.True(table.TryGetValue(0, out var value));
        Assert.Equal(7, value);
        Assert.False(new NgramTable(new Dictionary<ulong, int> { [5] = 1 }).TryGetValue(0, out _));
    }

    [Fact]
    public void a_value_or_key_too_large_for_its_eight_bytes_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NgramTable(new Dictionary<ulong, int> { [5] = NgramTable.ValueLimit }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new NgramTable(new Dictionary<ulong, int> { [1UL << 48] = 1 }));
    }

    [Fact]
    public void the_largest_key_and_value_are_found()
    {
        var table = new NgramTable(new Dictionary<ulong, int> { [(1UL << 48) - 1] = NgramTable.ValueLimit - 1 });

        Assert.True(table.TryGetValue((1UL << 48) - 1, out var value));
        Assert.Equal(NgramTable.ValueLimit - 1, value);
    }
}
