using System.Diagnostics;
using ClaimGraph.Bench.Corpus;
using ClaimGraph.Bench.Report;
using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Input;
using ClaimGraph.Extraction;
using ClaimGraph.Learning;
using ClaimGraph.Storage.Sqlite;

namespace ClaimGraph.Bench.Ingest;

/// <summary>
/// Ingest as `claimgraph ingest` does it (one document at a time: decode and check, extract, store in one
/// transaction), timed whole and by part, with the process's peak RSS; beside it the bare-INSERT floor of the same rows.
/// </summary>
public static class IngestBench
{
    public static async Task<string> RunAsync(BenchCorpus corpus, string workDirectory, BenchReport report, CancellationToken ct)
    {
        var area = $"ingest into SQLite, {corpus.Label} ({corpus.Megabytes:F2} MB, {corpus.Files.Count} docs)";
        var dbPath = Path.Combine(workDirectory, "bench.db");
        var floorPath = Path.Combine(workDirectory, "floor.db");
        foreach (var file in new[] { dbPath, floorPath }.SelectMany(p => new[] { p, p + "-wal", p + "-shm" })) File.Delete(file);
        var pipeline = new AnalyzerFactory(ExtractionLexicons.Default).ForDocuments();
        Console.WriteLine($"{area}: running");
        var peakReset = PeakMemory.Reset();
        var (extract, store, floor) = (TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        long claims = 0;
        var wall = Stopwatch.StartNew();
        await using (var graph = new SqliteGraphStore(dbPath))
        await using (var bare = BareInsertFloor.Open(floorPath))
        {
            await graph.InitializeAsync(ct);
            foreach (var path in corpus.Files)
            {
                var part = Stopwatch.StartNew();
                var document = pipeline.Analyze(new DocumentInput(Path.GetFileName(path), DocumentText.FromFile(path)), ct);
                extract += part.Elapsed;
                part.Restart();
                var outcome = await graph.IngestAsync(document, ct);
                store += part.Elapsed;
                claims += outcome.Claims;
                wall.Stop();
                part.Restart();
                bare.Write(document);
                floor += part.Elapsed;
                wall.Start();
            }
            wall.Stop();
            var commit = Stopwatch.StartNew();
            bare.Commit();
            floor += commit.Elapsed;
        }
        var peak = PeakMemory.PeakBytes();
        report.Add(new Figure(area, "wall time (extract + store)", wall.Elapsed.TotalSeconds, "s", null, null) { HigherIsBetter = false });
        report.Add(new Figure(area, "of which extraction", extract.TotalSeconds, "s", null, null) { HigherIsBetter = false });
        report.Add(new Figure(area, "store only (SqliteGraphStore.IngestAsync)", store.TotalSeconds, "s", floor.TotalSeconds, "bare INSERT loop, one transaction") { HigherIsBetter = false });
        report.Add(new Figure(area, "claims/s, whole ingest", claims / wall.Elapsed.TotalSeconds, "claims/s", claims / floor.TotalSeconds, "bare INSERT loop, same rows"));
        report.Add(new Figure(area, "claims/s, store only", claims / store.TotalSeconds, "claims/s", claims / floor.TotalSeconds, "bare INSERT loop, same rows"));
        if (peak is { } bytes)
            report.Add(new Figure(area, peakReset ? "peak RSS during ingest" : "peak RSS of the process (could not reset before ingest)", bytes / 1048576.0, "MiB", null, null) { HigherIsBetter = false });
        report.Note($"{area}: {claims:N0} claims stored, store file {new FileInfo(dbPath).Length / 1048576.0:F1} MiB; the floor's peak RSS is inside the same process.");
        return dbPath;
    }
}
