using ClaimGraph.Bench.Corpus;

namespace ClaimGraph.Bench.Extraction;

/// <summary>
/// Extraction on one core, pass after pass over the same corpus in one process: the first pass is mostly the JIT
/// (see BENCHMARKS.md, perf2 round), the later ones are the steady state a long ingest runs in. Two builds compared
/// this way, side by side on the shared cores, see the same load.
/// </summary>
public static class ExtractionPasses
{
    public static IReadOnlyList<Throughput> Run(BenchCorpus corpus, int passes)
    {
        var results = new List<Throughput>();
        for (var pass = 1; pass <= passes; pass++)
        {
            var result = CorpusPass.Run(corpus, 1, ExtractionBench.NewPipelineStep);
            Console.WriteLine($"pass {pass}: {result.CpuTime.TotalSeconds:F2} CPU-s, {result.Elapsed.TotalSeconds:F2} s wall, " +
                $"{result.MegabytesPerCpuSecond:F3} MB per CPU-second ({corpus.Megabytes:F2} MB, {corpus.Files.Count} docs)");
            results.Add(result);
        }
        return results;
    }
}
