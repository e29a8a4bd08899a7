using System.Runtime.InteropServices;
using ClaimGraph.Bench.Corpus;
using ClaimGraph.Bench.Extraction;
using ClaimGraph.Bench.Ingest;
using ClaimGraph.Bench.Load;
using ClaimGraph.Bench.Peers;
using ClaimGraph.Bench.Report;

namespace ClaimGraph.Bench.Commands;

/// <summary>
/// One whole run: generate the large corpus, then extraction (founding corpus and generated corpus, with the
/// jieba-rs peer), ingest of the generated corpus, and GraphQL under load on the graph it made; every figure beside
/// its floor from this same run.
/// </summary>
public static class WholeRun
{
    public static async Task<BenchReport> RunAsync(RunSettings settings, CancellationToken ct)
    {
        var report = new BenchReport();
        report.Note($"machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {RuntimeInformation.ProcessArchitecture}; load average at start {LoadAverage()}");
        Directory.CreateDirectory(settings.WorkDirectory);
        var generatedDirectory = Path.Combine(settings.WorkDirectory, $"corpus-{settings.GeneratedMegabytes:0.###}mb");
        if (Directory.Exists(generatedDirectory)) Directory.Delete(generatedDirectory, recursive: true);
        var generated = CorpusGenerator.FromDirectory(settings.CorpusDirectory, settings.Seed)
            .Write(generatedDirectory, (long)(settings.GeneratedMegabytes * 1_000_000));
        report.Note($"generated corpus: {generated.Documents} documents, {generated.Bytes:N0} bytes in {generatedDirectory} (seed {settings.Seed})");

        foreach (var corpus in new[] { BenchCorpus.Open("founding corpus", settings.CorpusDirectory), BenchCorpus.Open("generated corpus", generatedDirectory) })
        {
            var one = ExtractionBench.Run(corpus, report);
            JiebaPeer.TryRun(settings.JiebaDirectory, corpus, one.MegabytesPerSecond, report);
        }
        var large = BenchCorpus.Open("generated corpus", generatedDirectory);
        var db = await IngestBench.RunAsync(large, settings.WorkDirectory, settings.IngestWorkers, report, ct);
        if (settings.GraphQL)
            await GraphQLBench.RunAsync(db, $"graph of the {large.Megabytes:F1} MB corpus",
                new GraphQLLoadSettings(settings.Requests, settings.FloorRequests, settings.Concurrency, settings.Inputs, settings.CacheOn), report, ct);
        report.Note($"load average at end {LoadAverage()}");
        if (settings.ReportPath is { } path)
        {
            await File.WriteAllTextAsync(path, report.ToMarkdown(), ct);
            await File.WriteAllTextAsync(Path.ChangeExtension(path, ".json"), report.ToJson(), ct);
        }
        return report;
    }

    public static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
