using System.Text;
using ClaimGraph.Api.Caching;

namespace ClaimGraph.Api.Tests.Caching;

/// <summary>The response cache alone: an answer is served only at the store version it was computed at, and the cache keeps within its bytes.</summary>
public sealed class ResponseCacheTests
{
    [Fact]
    public void serves_an_answer_only_at_the_version_it_was_computed_at()
    {
        var cache = new ResponseCache(1024 * 1024);
        cache.Store("q", 7, Body("answer"));

        Assert.Equal("answer", Text(cache.Find("q", 7)));
        Assert.Null(cache.Find("q", 8));
        Assert.Null(cache.Find("q", 7));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void keeps_within_its_capacity_by_dropping_the_least_recently_used_answers()
    {
        var cache = new ResponseCache(8 * 1024);
        for (var i = 0; i < 40; i++)
        {
            cache.Store($"q{i}", 1, new byte[500]);
            if (i > 0) Assert.NotNull(cache.Find("q0", 1));
            Assert.True(cache.Bytes <= cache.CapacityBytes, $"{cache.Bytes} bytes held past a capacity of {cache.CapacityBytes}");
        }

        Assert.NotNull(cache.Find("q0", 1));
        Assert.NotNull(cache.Find("q39", 1));
        Assert.Null(cache.Find("q1", 1));
        Assert.True(cache.Count is > 2 and < 40);
    }

    [Fact]
    public void does_not_keep_an_answer_larger_than_an_eighth_of_its_capacity()
    {
        var cache = new ResponseCache(8 * 1024);

        cache.Store("big", 1, new byte[1100]);

        Assert.Null(cache.Find("big", 1));
        Assert.Equal(0, cache.Bytes);
    }

    private static byte[] Body(string text) => Encoding.UTF8.GetBytes(text);

    private static string? Text(byte[]? body) => body is null ? null : Encoding.UTF8.GetString(body);
}
