using BenchmarkDotNet.Attributes;
using ClaimGraph.Core.Input;
using ClaimGraph.Extraction;
using ClaimGraph.Extraction.Claims;
using ClaimGraph.Learning.Features;
using ClaimGraph.Learning.Models;

namespace ClaimGraph.Bench.Micro;

/// <summary>
/// The claim model's scoring of every candidate of founding document 001: through ML.NET's prediction engine (as
/// before) and compiled (as extraction now scores), on the same examples, plus the featurizer that makes them.
/// </summary>
[MemoryDiagnoser]
public class ClaimScoringBenchmarks
{
    private ClaimClassifier _classifier = null!;
    private List<ClaimCandidate> _candidates = null!;
    private List<ClaimExample> _examples = null!;

    [GlobalSetup]
    public void Setup()
    {
        _classifier = ModelSet.Load(null).Claims ?? throw new InvalidOperationException("no claim model is shipped");
        if (!_classifier.IsCompiled) throw new InvalidOperationException("the shipped claim model is not compiled");
        var recorder = new Recorder(_classifier);
        var path = Path.Combine(ExtractionBenchmarks.FindRoot(), "corpus", "001_ae334e4762760cfe.txt");
        ExtractionPipeline.ForDocuments(ExtractionLexicons.Default, recorder).Analyze(new(Path.GetFileName(path), DocumentText.FromFile(path)));
        _candidates = recorder.Candidates;
        _examples = _candidates.Select(ClaimFeaturizer.Featurize).ToList();
    }

    [Benchmark(Baseline = true)]
    public float Prediction_engine()
    {
        var sum = 0f;
        foreach (var example in _examples) sum += _classifier.EngineProbability(example);
        return sum;
    }

    [Benchmark]
    public float Compiled()
    {
        var sum = 0f;
        foreach (var example in _examples) sum += _classifier.Probability(example);
        return sum;
    }

    [Benchmark]
    public int Featurize()
    {
        var length = 0;
        foreach (var candidate in _candidates) length += ClaimFeaturizer.Featurize(candidate).Window.Length;
        return length;
    }

    private sealed class Recorder(ClaimClassifier classifier) : IClaimDecider
    {
        public List<ClaimCandidate> Candidates { get; } = [];

        public ClaimDecision Decide(ClaimCandidate candidate)
        {
            Candidates.Add(candidate);
            return classifier.Decide(candidate);
        }
    }
}
