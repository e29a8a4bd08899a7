using ClaimGraph.Core.Contract;
using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Input;
using ClaimGraph.Extraction;
using ClaimGraph.Extraction.Recognize;
using ClaimGraph.Learning.Features;
using ClaimGraph.Learning.Models;
using ClaimGraph.Learning.Models.Compiled;
using ClaimGraph.Tests.Shared;
using Microsoft.ML;

namespace ClaimGraph.Learning.Tests.Compiled;

/// <summary>
/// The compiled entity model must give every pattern-found name the label ML.NET's prediction engine gives it, with the
/// same probability to rounding (its sums run in another order): checked on every candidate of the train sentences and
/// of two corpus documents, through the real pipeline.
/// </summary>
public sealed class CompiledEntityModelTests
{
    private const float Tolerance = 1e-5f;

    private static readonly Lazy<EntityCandidateClassifier> s_shipped = new(() => ModelSet.Load(null).Entities!);

    [Fact]
    public void the_shipped_entity_model_is_scored_compiled()
    {
        Assert.True(s_shipped.Value.IsCompiled);
    }

    [Fact]
    public void every_train_candidate_gets_the_prediction_engines_label_and_probability()
    {
        var gold = new[] { "train.jsonl", "train-written.jsonl" }
            .SelectMany(f => ContractJson.ReadFile(Path.Combine(RepositoryPaths.Root, "corpus", "annotations", f))).ToList();
        var comparer = new ComparingFilter(s_shipped.Value);
        var pipeline = ExtractionPipeline.ForSentence(ExtractionLexicons.Default, filter: comparer);

        foreach (var line in gold) pipeline.Analyze(new(line.Doc, line.Text));

        Assert.True(comparer.Compared > 300, $"only {comparer.Compared} candidates");
        Assert.True(comparer.Labels.Count >= 3, $"only the labels {string.Join(", ", comparer.Labels)} were predicted");
        Assert.Empty(comparer.Mismatches);
    }

    [Theory]
    [InlineData("000_7f31d1b3d6251144.txt")]
    [InlineData("004_38c342c490788734.txt")]
    public void every_candidate_of_a_corpus_document_gets_the_prediction_engines_label_and_probability(string name)
    {
        var comparer = new ComparingFilter(s_shipped.Value);
        var pipeline = ExtractionPipeline.ForDocuments(ExtractionLexicons.Default, filter: comparer);

        pipeline.Analyze(new(name, DocumentText.FromFile(RepositoryPaths.CorpusFile(name))));

        Assert.True(comparer.Compared > 20, $"only {comparer.Compared} candidates");
        Assert.Empty(comparer.Mismatches);
    }

    [Fact]
    public void a_model_of_another_shape_is_not_compiled()
    {
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(new[] { new EntityExample { Surface = "美国" } });
        var model = ml.Transforms.Text.FeaturizeText("SurfaceF", nameof(EntityExample.Surface)).Fit(data);

        Assert.Null(CompiledEntityModel.TryCompile(ml, model));
    }

    [Fact]
    public void a_name_with_a_null_character_is_left_to_the_engine()
    {
        var example = new EntityExample { Surface = "美\0国", Rule = "pattern", ProposedType = "COUNTRY", Length = 3 };

        Assert.Equal(s_shipped.Value.EnginePredict(example), s_shipped.Value.Predict(example));
    }

    /// <summary>Scores each candidate both ways, records any difference, and decides as the classifier does.</summary>
    private sealed class ComparingFilter(EntityCandidateClassifier classifier) : ICandidateFilter
    {
        public int Compared { get; private set; }
        public HashSet<string> Labels { get; } = [];
        public List<string> Mismatches { get; } = [];

        public EntityCandidate? Decide(SentenceView sentence, EntityCandidate candidate)
        {
            var example = EntityFeaturizer.Featurize(sentence, candidate);
            var compiled = classifier.Predict(example);
            var engine = classifier.EnginePredict(example);
            Compared++;
            Labels.Add(engine.Label);
            if (compiled.Label != engine.Label || Math.Abs(compiled.Confidence - engine.Confidence) > Tolerance)
                Mismatches.Add($"{example.Left}[{example.Surface}]{example.Right}: compiled {compiled}, engine {engine}");
            return classifier.Decide(sentence, candidate);
        }
    }
}
