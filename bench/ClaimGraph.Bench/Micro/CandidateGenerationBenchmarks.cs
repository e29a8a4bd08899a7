using BenchmarkDotNet.Attributes;
using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Input;
using ClaimGraph.Extraction;
using ClaimGraph.Extraction.Claims;

namespace ClaimGraph.Bench.Micro;

/// <summary>
/// The claim rules' candidate generation over every sentence of founding document 001 (analyzed up to its mentions
/// once, in setup), as the claims stage runs it but with no decider: what proposing candidates costs by itself.
/// </summary>
[MemoryDiagnoser]
public class CandidateGenerationBenchmarks
{
    private ClaimCandidateGenerator _generator = null!;
    private string _key = "";
    private List<(Sentence Sentence, List<Mention> Mentions)> _sentences = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(ExtractionBenchmarks.FindRoot(), "corpus", "001_ae334e4762760cfe.txt");
        var document = ExtractionPipeline.ForDocuments(ExtractionLexicons.Default).Analyze(new(Path.GetFileName(path), DocumentText.FromFile(path)));
        _generator = new ClaimCandidateGenerator(ExtractionLexicons.Default.ClaimCues);
        _key = document.RequireNormalized().Key;
        var bySentence = document.Mentions.ToLookup(m => m.Sentence);
        _sentences = document.Sentences.Select(s => (s, bySentence[s.Index].OrderBy(m => m.Local.Start).ToList())).ToList();
        if (Generate() == 0) throw new InvalidOperationException("document 001 gave no claim candidates");
    }

    [Benchmark]
    public int Generate()
    {
        var count = 0;
        foreach (var (sentence, mentions) in _sentences)
            foreach (var _ in _generator.Generate(_key, sentence, mentions, null)) count++;
        return count;
    }
}
