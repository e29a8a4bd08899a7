using ClaimGraph.Bench.Corpus;

namespace ClaimGraph.Bench.Extraction;

/// <summary>
/// Extraction on one core, pass after pass over the same corpus in one process: the first pass is mostly the JIT
/// (see BENCHMARKS.md, perf2 round), the later ones are the steady state a long ingest runs in. Two builds compared
/// this way, side by side on the shared cores, see the same load. Each pass also says what it allocated and how long
/// the collector paused the process, which load moves less than CPU time does.
/// </summary>
public static class ExtractionPasses
{
    public static IReadOnlyList<Throughput> Run(BenchCorpus corpus, int passes)
    {
        var results = new List<Throughput>();
        for (var pass = 1; pass <= passes; pass++)
        {
            var (allocated, paused, collections) = (GC.GetTotalAllocatedBytes(precise: true), GC.GetTotalPauseDuration(), GC.CollectionCount(0));
            var result = CorpusPass.Run(corpus, 1, ExtractionBench.NewPipelineStep);
            allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            Console.WriteLine($"pass {pass}: {result.CpuTime.TotalSeconds:F2} CPU-s, {result.Elapsed.TotalSeconds:F2} s wall, " +
                $"{result.MegabytesPerCpuSecond:F3} MB per CPU-second ({corpus.Megabytes:F2} MB, {corpus.Files.Count} docs); " +
                $"{allocated / 1e6:F0} MB allocated, {GC.CollectionCount(0) - collections} collections, " +
                $"{(GC.GetTotalPauseDuration() - paused).TotalSeconds:F2} s paused");
            results.Add(result);
        }
        return results;
    }
}
