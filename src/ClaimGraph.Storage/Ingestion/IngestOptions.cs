namespace ClaimGraph.Storage.Ingestion;

/// <summary>How an ingest of many documents runs: analysis on several workers, storing in input order in batches.</summary>
public sealed record IngestOptions
{
    /// <summary>Threads analyzing documents (default: <see cref="WorkersFor"/>); one writer stores them besides.</summary>
    public int? Workers { get; init; }

    /// <summary>
    /// Documents stored per transaction. Batches are cut by count and size alone, never by timing, so the same input
    /// makes the same transactions (and the same file) with any number of workers.
    /// </summary>
    public int BatchDocuments { get; init; } = 16;

    /// <summary>A batch also ends once its documents hold this many characters of text.</summary>
    public long BatchCharacters { get; init; } = 4_000_000;

    /// <summary>
    /// Sources allowed ahead of the writer (being analyzed, or analyzed and waiting for the ones before them): with the
    /// batch being formed, this bounds the documents in memory. Default: the larger of a batch and four per worker.
    /// </summary>
    public int? Window { get; init; }

    internal int WindowFor(int workers) => Window ?? Math.Max(BatchDocuments, 4 * workers);

    /// <summary>
    /// The analysis threads for this many sources: <see cref="Workers"/> when given; else one per core, but one fewer
    /// when there is more than a batch to store. The writer then stores a batch while the next is analyzed and needs a
    /// core of its own (two cores: 100 MB took 104 s with two analysis threads beside the writer, 81 s with one;
    /// docs/BENCHMARKS.md); a single batch is stored only once all of it is analyzed, so every core analyzes it.
    /// </summary>
    public int WorkersFor(int sources) =>
        Workers ?? (sources > BatchDocuments ? Math.Max(1, Environment.ProcessorCount - 1) : Environment.ProcessorCount);

    public void Check()
    {
        if (Workers < 1) throw new ArgumentException($"workers must be at least 1 (was {Workers})");
        if (BatchDocuments < 1 || BatchCharacters < 1) throw new ArgumentException("a batch must allow at least one document and one character");
        if (Window < 1) throw new ArgumentException($"the window must be at least 1 (was {Window})");
    }
}
