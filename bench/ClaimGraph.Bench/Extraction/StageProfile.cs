using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using ClaimGraph.Bench.Corpus;
using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Input;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Extraction;
using ClaimGraph.Learning;

namespace ClaimGraph.Bench.Extraction;

/// <summary>
/// Extraction's stages run one at a time on one thread, each charged the thread's CPU time and the bytes it allocated:
/// where a pass's time and garbage go, by stage, without a profiler. The thread's own CPU clock, not the wall clock,
/// so other work on the shared cores does not land on a stage.
/// </summary>
public static class StageProfile
{
    public sealed record StageCost(string Stage, double CpuSeconds, double AllocatedMegabytes);

    /// <summary>
    /// The costs of the last of <paramref name="passes"/> passes (the first ones carry the JIT). With
    /// <paramref name="rulesOnly"/> the claims stage is the rules' candidates alone, so the difference is the models'
    /// (timing each decision instead would charge the clock's own calls, one per candidate, to the model).
    /// </summary>
    public static IReadOnlyList<StageCost> Run(BenchCorpus corpus, int passes, bool rulesOnly)
    {
        var pipeline = new AnalyzerFactory(ExtractionLexicons.Default, rulesOnly).ForDocuments();
        IReadOnlyList<StageCost> last = [];
        ExceptionDispatchInfo? failed = null;
        // The stack of the bench's other passes (CorpusPass): the rules recurse over long sentences.
        var thread = new Thread(() =>
        {
            try
            {
                for (var pass = 0; pass < passes; pass++) last = OnePass(corpus, pipeline);
            }
            catch (Exception e)
            {
                failed = ExceptionDispatchInfo.Capture(e);
            }
        }, maxStackSize: 16 * 1024 * 1024);
        thread.Start();
        thread.Join();
        failed?.Throw();
        return last;
    }

    /// <summary>Whether the costs are the thread's CPU time (Linux, 64-bit) or, elsewhere, wall time.</summary>
    public static bool ChargesCpuTime { get; } = OperatingSystem.IsLinux() && Environment.Is64BitProcess && ClockGetTime(ThreadCpuClock, out _) == 0;

    private static IReadOnlyList<StageCost> OnePass(BenchCorpus corpus, DocumentPipeline pipeline)
    {
        var stages = pipeline.Stages;
        var cpu = new double[stages.Count + 1];
        var bytes = new long[stages.Count + 1];
        foreach (var path in corpus.Files)
        {
            var (startCpu, startBytes) = (ThreadCpuSeconds(), GC.GetAllocatedBytesForCurrentThread());
            var document = new AnalyzedDocument(new DocumentInput(Path.GetFileName(path), DocumentText.FromFile(path)));
            Charge(cpu, bytes, stages.Count, ref startCpu, ref startBytes);
            for (var i = 0; i < stages.Count; i++)
            {
                try
                {
                    document = stages[i].Process(document, CancellationToken.None);
                }
                catch (Exception e) when (e is not StageFailedException)
                {
                    throw new StageFailedException(stages[i].Name, Path.GetFileName(path), e);
                }
                Charge(cpu, bytes, i, ref startCpu, ref startBytes);
            }
        }
        return stages.Select(s => s.Name).Append("reading and decoding the file")
            .Select((name, i) => new StageCost(name, cpu[i], bytes[i] / 1e6)).ToList();
    }

    private static void Charge(double[] cpu, long[] bytes, int slot, ref double startCpu, ref long startBytes)
    {
        var (nowCpu, nowBytes) = (ThreadCpuSeconds(), GC.GetAllocatedBytesForCurrentThread());
        cpu[slot] += nowCpu - startCpu;
        bytes[slot] += nowBytes - startBytes;
        (startCpu, startBytes) = (nowCpu, nowBytes);
    }

    /// <summary>struct timespec of 64-bit Linux (two 64-bit fields); <see cref="ChargesCpuTime"/> is false elsewhere.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID on Linux

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    /// <summary>This thread's CPU time where <see cref="ChargesCpuTime"/>; the wall clock elsewhere, where load lands on the stages too.</summary>
    private static double ThreadCpuSeconds()
    {
        if (ChargesCpuTime && ClockGetTime(ThreadCpuClock, out var t) == 0) return t.Seconds + t.Nanoseconds / 1e9;
        return System.Diagnostics.Stopwatch.GetTimestamp() / (double)System.Diagnostics.Stopwatch.Frequency;
    }
}
