using BenchmarkDotNet.Attributes;
using ClaimGraph.Bench.Extraction;
using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Core.Input;
using ClaimGraph.Extraction;
using ClaimGraph.Learning;

namespace ClaimGraph.Bench.Micro;

/// <summary>
/// Micro figures on one founding document (001, 32 KB): the floor (read, decode, split), the rules-only pipeline and
/// the product's pipeline with models. Run from the repository root: `claimgraph-bench micro --filter '*'`.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private string _path = "";
    private DocumentInput _input = null!;
    private DocumentPipeline _withModels = null!;
    private DocumentPipeline _rulesOnly = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = Path.GetFullPath(Path.Combine(FindRoot(), "corpus", "001_ae334e4762760cfe.txt"));
        _input = new DocumentInput(Path.GetFileName(_path), DocumentText.FromFile(_path));
        _withModels = new AnalyzerFactory(ExtractionLexicons.Default).ForDocuments();
        _rulesOnly = new AnalyzerFactory(ExtractionLexicons.Default, rulesOnly: true).ForDocuments();
    }

    [Benchmark(Baseline = true)]
    public int Floor_read_decode_split() => SentenceSplitFloor.Run(_path);

    [Benchmark]
    public int Pipeline_rules_only() => _rulesOnly.Analyze(_input).Claims.Count;

    [Benchmark]
    public int Pipeline_with_models() => _withModels.Analyze(_input).Claims.Count;

    /// <summary>BenchmarkDotNet runs the benchmark from its own build folder: walk up to the repository root.</summary>
    public static string FindRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ClaimGraph.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("the ClaimGraph repository root (with ClaimGraph.sln) above the working directory");
    }
}
