using System.Diagnostics;
using ClaimGraph.Bench.Corpus;
using ClaimGraph.Bench.Report;
using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction;
using ClaimGraph.Learning;
using ClaimGraph.Storage.Sqlite;

namespace ClaimGraph.Bench.Ingest;

/// <summary>
/// The store alone, for profiling it: the corpus is analyzed first (on every core, off the clock, held in memory, so
/// only for corpora of a few MB), then stored by SqliteGraphStore in batches of a given size; wall and CPU time of the
/// storing, beside the bare-INSERT floor of the same rows.
/// </summary>
public static class StoreBench
{
    public static async Task RunAsync(BenchCorpus corpus, string workDirectory, int batch, BenchReport report, CancellationToken ct)
    {
        var area = $"store alone, {corpus.Label} ({corpus.Megabytes:F2} MB, {corpus.Files.Count} docs), {batch} per transaction";
        var dbPath = Path.Combine(workDirectory, "store.db");
        var floorPath = Path.Combine(workDirectory, "store-floor.db");
        foreach (var file in new[] { dbPath, floorPath }.SelectMany(p => new[] { p, p + "-wal", p + "-shm" })) File.Delete(file);
        Console.WriteLine($"{area}: analyzing");
        var pipeline = new AnalyzerFactory(ExtractionLexicons.Default).ForDocuments();
        var documents = corpus.Files.AsParallel().AsOrdered()
            .Select(f => pipeline.Analyze(new DocumentInput(Path.GetFileName(f), Core.Input.DocumentText.FromFile(f)), ct)).ToList();
        Console.WriteLine($"{area}: storing");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        await using (var graph = new SqliteGraphStore(dbPath))
        {
            await graph.InitializeAsync(ct);
            foreach (var chunk in documents.Chunk(batch)) await graph.IngestAsync(chunk, ct);
        }
        wall.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var floor = BareInsertFloor.Measure(dbPath, floorPath);
        const string floorWhat = "bare INSERT loop of the same rows, one transaction";
        report.Add(new Figure(area, "wall time", wall.Elapsed.TotalSeconds, "s", floor.TotalSeconds, floorWhat) { HigherIsBetter = false });
        report.Add(new Figure(area, "CPU time", cpuSeconds, "CPU-s", floor.TotalSeconds, floorWhat) { HigherIsBetter = false });
        report.Note($"{area}: {documents.Sum(d => d.Claims.Count):N0} claims, {documents.Sum(d => d.Sentences.Count):N0} sentences, {documents.Sum(d => d.Mentions.Count):N0} mentions; store file {new FileInfo(dbPath).Length / 1048576.0:F1} MiB");
    }
}
