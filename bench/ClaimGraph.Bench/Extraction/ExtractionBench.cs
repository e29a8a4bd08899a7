using ClaimGraph.Bench.Corpus;
using ClaimGraph.Bench.Report;
using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Input;
using ClaimGraph.Extraction;
using ClaimGraph.Learning;

namespace ClaimGraph.Bench.Extraction;

/// <summary>
/// Extraction as the product runs it (rules plus the shipped models, from file bytes to argument links), on one
/// core and on all, beside the floor: read, decode and split sentences over the same files.
/// </summary>
public static class ExtractionBench
{
    /// <summary>Returns the one-core pass, which the jieba-rs peer is set against.</summary>
    public static Throughput Run(BenchCorpus corpus, BenchReport report)
    {
        var area = $"extraction, {corpus.Label} ({corpus.Megabytes:F2} MB, {corpus.Files.Count} docs)";
        var cores = Environment.ProcessorCount;
        Console.WriteLine($"{area}: floor");
        var floorOne = CorpusPass.Best(corpus, 1, () => SentenceSplitFloor.Run, TimeSpan.FromSeconds(1));
        var floorAll = CorpusPass.Best(corpus, cores, () => SentenceSplitFloor.Run, TimeSpan.FromSeconds(1));
        Warm(corpus);
        Console.WriteLine($"{area}: pipeline on 1 core");
        var one = CorpusPass.Run(corpus, 1, NewPipelineStep);
        Console.WriteLine($"{area}: pipeline on {cores} cores");
        var all = CorpusPass.Run(corpus, cores, NewPipelineStep);
        const string floorWhat = "read + UTF-8 decode + sentence split";
        report.Add(new Figure(area, "1 core, MB/s", one.MegabytesPerSecond, "MB/s", floorOne.MegabytesPerSecond, floorWhat + ", 1 core"));
        report.Add(new Figure(area, "1 core, sentences/s", one.SentencesPerSecond, "sentences/s", floorOne.SentencesPerSecond, floorWhat + ", 1 core"));
        report.Add(new Figure(area, $"{cores} cores, MB/s", all.MegabytesPerSecond, "MB/s", floorAll.MegabytesPerSecond, floorWhat + $", {cores} cores"));
        report.Add(new Figure(area, $"{cores} cores, sentences/s", all.SentencesPerSecond, "sentences/s", floorAll.SentencesPerSecond, floorWhat + $", {cores} cores"));
        report.Add(new Figure(area, "1 core, MB per CPU-second", one.MegabytesPerCpuSecond, "MB/CPU-s", floorOne.MegabytesPerCpuSecond, floorWhat + ", 1 core"));
        report.Add(new Figure(area, $"{cores} cores, MB per CPU-second", all.MegabytesPerCpuSecond, "MB/CPU-s", floorAll.MegabytesPerCpuSecond, floorWhat + $", {cores} cores"));
        report.Add(new Figure(area, $"{cores} cores vs 1 core", all.MegabytesPerSecond / one.MegabytesPerSecond, "× speed-up", cores, "ideal speed-up"));
        return one;
    }

    /// <summary>One worker's step: the product's file decoding and checks, then the full pipeline; returns the sentences found.</summary>
    public static Func<string, int> NewPipelineStep()
    {
        var pipeline = new AnalyzerFactory(ExtractionLexicons.Default).ForDocuments();
        return path =>
        {
            var input = new DocumentInput(Path.GetFileName(path), DocumentText.FromFile(path));
            return pipeline.Analyze(input).Sentences.Count;
        };
    }

    /// <summary>JIT and model loading happen before the clock starts: the first document once through the pipeline.</summary>
    private static void Warm(BenchCorpus corpus) => NewPipelineStep()(corpus.Files[0]);
}
