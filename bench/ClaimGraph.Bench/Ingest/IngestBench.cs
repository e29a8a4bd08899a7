using System.Diagnostics;
using ClaimGraph.Bench.Corpus;
using ClaimGraph.Bench.Report;
using ClaimGraph.Extraction;
using ClaimGraph.Learning;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Ingestion;
using ClaimGraph.Storage.Sqlite;

namespace ClaimGraph.Bench.Ingest;

/// <summary>
/// Ingest as `claimgraph ingest` runs it (DocumentIngestor.IngestAllAsync: documents analyzed on the workers while one
/// writer stores them in order, a batch per transaction), timed whole, with the analysis and the writer's parts, the
/// process's CPU time and peak RSS; beside it the bare-INSERT floor of the same rows.
/// </summary>
public static class IngestBench
{
    public static async Task<string> RunAsync(BenchCorpus corpus, string workDirectory, int? chosenWorkers, BenchReport report, CancellationToken ct)
    {
        var options = new IngestOptions { Workers = chosenWorkers };
        var workers = options.WorkersFor(corpus.Files.Count);
        var area = $"ingest into SQLite, {corpus.Label} ({corpus.Megabytes:F2} MB, {corpus.Files.Count} docs), {workers} workers";
        var dbPath = Path.Combine(workDirectory, "bench.db");
        var floorPath = Path.Combine(workDirectory, "floor.db");
        foreach (var file in new[] { dbPath, floorPath }.SelectMany(p => new[] { p, p + "-wal", p + "-shm" })) File.Delete(file);
        var analyzer = new AnalyzerFactory(ExtractionLexicons.Default).ForDocuments();
        var sources = corpus.Files.Select(f => DocumentSource.FromFile(f)).ToList();
        Console.WriteLine($"{area}: running");
        var peakReset = PeakMemory.Reset();
        var times = new IngestTimes();
        long claims = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        await using (var graph = new SqliteGraphStore(dbPath))
        {
            await graph.InitializeAsync(ct);
            var ingestor = new DocumentIngestor(analyzer, graph);
            await foreach (var result in ingestor.IngestAllAsync(sources, options, times, ct))
            {
                if (result.Error is { } error) throw new InvalidOperationException($"{result.Source.Label}: {error.Message}", error);
                claims += result.Outcome!.Claims;
            }
        }
        wall.Stop();
        var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        var peak = PeakMemory.PeakBytes();
        Console.WriteLine($"{area}: floor");
        var floor = BareInsertFloor.Measure(dbPath, floorPath);
        const string floorWhat = "bare INSERT loop of the same rows, one transaction";
        report.Add(new Figure(area, "wall time", wall.Elapsed.TotalSeconds, "s", null, null) { HigherIsBetter = false });
        report.Add(new Figure(area, "CPU time of the process (all threads)", cpuSeconds, "CPU-s", null, null) { HigherIsBetter = false });
        report.Add(new Figure(area, $"analysis, summed over {workers} workers", times.Analysis.TotalSeconds, "s", null, null) { HigherIsBetter = false });
        report.Add(new Figure(area, "store (the writer's time in SqliteGraphStore.IngestAsync)", times.Store.TotalSeconds, "s", floor.TotalSeconds, floorWhat) { HigherIsBetter = false });
        report.Add(new Figure(area, "claims/s, whole ingest", claims / wall.Elapsed.TotalSeconds, "claims/s", claims / floor.TotalSeconds, floorWhat));
        report.Add(new Figure(area, "claims/s, store only", claims / times.Store.TotalSeconds, "claims/s", claims / floor.TotalSeconds, floorWhat));
        if (peak is { } bytes)
            report.Add(new Figure(area, peakReset ? "peak RSS during ingest" : "peak RSS of the process (could not reset before ingest)", bytes / 1048576.0, "MiB", null, null) { HigherIsBetter = false });
        report.Note($"{area}: {claims:N0} claims stored, store file {new FileInfo(dbPath).Length / 1048576.0:F1} MiB; the floor runs after ingest, outside its peak RSS.");
        return dbPath;
    }
}
