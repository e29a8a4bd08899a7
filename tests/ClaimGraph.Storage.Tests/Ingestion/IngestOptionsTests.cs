using ClaimGraph.Storage.Ingestion;

namespace ClaimGraph.Storage.Tests.Ingestion;

/// <summary>How many threads analyze: the number given, else every core for one batch and a core left to the writer beyond it.</summary>
public sealed class IngestOptionsTests
{
    [Fact]
    public void workers_given_are_used_for_any_input()
    {
        var options = new IngestOptions { Workers = 3 };

        Assert.Equal(3, options.WorkersFor(1));
        Assert.Equal(3, options.WorkersFor(10_000));
    }

    [Fact]
    public void one_batch_is_analyzed_on_every_core_and_more_leave_one_core_to_the_writer()
    {
        var options = new IngestOptions { BatchDocuments = 16 };

        Assert.Equal(Environment.ProcessorCount, options.WorkersFor(5));
        Assert.Equal(Environment.ProcessorCount, options.WorkersFor(16));
        Assert.Equal(Math.Max(1, Environment.ProcessorCount - 1), options.WorkersFor(17));
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(null, 0)]
    public void no_workers_or_no_window_is_refused(int? workers, int? window)
    {
        var options = new IngestOptions { Workers = workers, Window = window };

        Assert.Throws<ArgumentException>(options.Check);
    }
}
