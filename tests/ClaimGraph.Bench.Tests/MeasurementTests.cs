using ClaimGraph.Bench.Extraction;
using ClaimGraph.Bench.Load;
using ClaimGraph.Bench.Report;

namespace ClaimGraph.Bench.Tests;

public sealed class MeasurementTests
{
    [Fact]
    public void percentiles_are_read_off_the_sorted_latencies()
    {
        var latencies = Enumerable.Range(1, 100).Select(i => (double)(101 - i)).ToArray();

        var result = new LoadResult(100, 4, TimeSpan.FromSeconds(2), latencies, 0);

        Assert.Equal(50, result.P50);
        Assert.Equal(99, result.P99);
        Assert.Equal(50, result.RequestsPerSecond);
    }

    [Fact]
    public void a_ratio_says_how_close_to_the_floor_a_figure_is_for_speeds_and_for_times()
    {
        Assert.Equal(0.25, new Figure("a", "speed", 25, "MB/s", 100, "floor").Ratio);
        Assert.Equal(0.2, new Figure("a", "time", 10, "s", 2, "floor") { HigherIsBetter = false }.Ratio);
        Assert.Null(new Figure("a", "alone", 10, "s", null, null).Ratio);
    }

    [Fact]
    public void the_floor_counts_sentences_at_their_ends_and_at_line_breaks()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "美国推动印太战略。中国反对！东盟呢？\n标题\n\n  \n最后一句");

            Assert.Equal(5, SentenceSplitFloor.Run(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void the_load_generator_only_targets_loopback_addresses()
    {
        var error = Assert.Throws<ArgumentException>(() => new LoadGenerator(new Uri("http://10.0.0.1:5000"), 4));

        Assert.Contains("loopback", error.Message);
    }
}
