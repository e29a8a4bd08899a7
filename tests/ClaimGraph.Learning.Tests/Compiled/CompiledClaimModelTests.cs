using ClaimGraph.Core.Contract;
using ClaimGraph.Core.Input;
using ClaimGraph.Extraction;
using ClaimGraph.Extraction.Claims;
using ClaimGraph.Learning.Features;
using ClaimGraph.Learning.Models;
using ClaimGraph.Learning.Models.Compiled;
using ClaimGraph.Tests.Shared;
using Microsoft.ML;

namespace ClaimGraph.Learning.Tests.Compiled;

/// <summary>
/// The compiled claim model must give every candidate the very probability ML.NET's prediction engine gives it (the
/// same float, bit for bit), or extraction would change: checked on every candidate of the train sentences and of
/// two corpus documents, through the real pipeline.
/// </summary>
public sealed class CompiledClaimModelTests
{
    private static readonly Lazy<ClaimClassifier> s_shipped = new(() => ModelSet.Load(null).Claims!);

    [Fact]
    public void the_shipped_claim_model_is_scored_compiled()
    {
        Assert.True(s_shipped.Value.IsCompiled);
    }

    [Fact]
    public void every_train_candidate_gets_the_prediction_engines_probability_bit_for_bit()
    {
        var gold = new[] { "train.jsonl", "train-written.jsonl" }
            .SelectMany(f => ContractJson.ReadFile(Path.Combine(RepositoryPaths.Root, "corpus", "annotations", f))).ToList();
        var comparer = new ComparingDecider(s_shipped.Value);
        var pipeline = ExtractionPipeline.ForSentence(ExtractionLexicons.Default, comparer);

        foreach (var line in gold) pipeline.Analyze(new(line.Doc, line.Text));

        Assert.True(comparer.Compared > 5000, $"only {comparer.Compared} candidates");
        Assert.Empty(comparer.Mismatches);
    }

    [Theory]
    [InlineData("001_ae334e4762760cfe.txt")]
    [InlineData("003_1efdb12d51446c5e.txt")]
    public void every_candidate_of_a_corpus_document_gets_the_prediction_engines_probability(string name)
    {
        var comparer = new ComparingDecider(s_shipped.Value);
        var pipeline = ExtractionPipeline.ForDocuments(ExtractionLexicons.Default, comparer);

        pipeline.Analyze(new(name, DocumentText.FromFile(RepositoryPaths.CorpusFile(name))));

        Assert.True(comparer.Compared > 100, $"only {comparer.Compared} candidates");
        Assert.Empty(comparer.Mismatches);
    }

    [Fact]
    public void a_model_of_another_shape_is_not_compiled()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(new[] { new ClaimExample { Window = "Ⓢ遏制Ⓞ" } });
        var model = ml.Transforms.Text.FeaturizeText("WindowF", nameof(ClaimExample.Window)).Fit(data);

        Assert.Null(CompiledClaimModel.TryCompile(ml, model));
    }

    [Fact]
    public void slot_names_read_back_into_characters_with_their_marks()
    {
        var names = CharTokenNames.Read(new MLContext(seed: 1));

        Assert.Equal("\u0002美国", names.Parse("<␂>|美|国", 3));
        Assert.Equal("a|b", names.Parse("a|||b", 3));
        Assert.Equal(" 年", names.Parse("<␠>|年", 3));
        Assert.Null(names.Parse("美|国|对|华", 3));
    }

    /// <summary>Scores each candidate both ways, records any difference, and decides as the classifier does.</summary>
    private sealed class ComparingDecider(ClaimClassifier classifier) : IClaimDecider
    {
        public int Compared { get; private set; }
        public List<string> Mismatches { get; } = [];

        public ClaimDecision Decide(ClaimCandidate candidate)
        {
            var example = ClaimFeaturizer.Featurize(candidate);
            var compiled = classifier.Probability(example);
            var engine = classifier.EngineProbability(example);
            Compared++;
            if (BitConverter.SingleToInt32Bits(compiled) != BitConverter.SingleToInt32Bits(engine))
                Mismatches.Add($"{example.Window} / {example.Cue}: compiled {compiled:R}, engine {engine:R}");
            return classifier.Decide(candidate);
        }
    }
}
