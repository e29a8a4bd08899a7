using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Extraction.Claims;
using ClaimGraph.Extraction.Normalize;
using ClaimGraph.Extraction.Recognize;
using ClaimGraph.Extraction.Resolve;
using ClaimGraph.Extraction.Segment;

namespace ClaimGraph.Extraction.Tests.Pipeline;

public sealed class ExtractionPipelineTests
{
    private static readonly ExtractionLexicons s_lexicons = ExtractionLexicons.Default;

    [Fact]
    public void runs_the_document_stages_in_the_written_order()
    {
        Assert.Equal(["normalize", "segment", "metadata", "date", "recognize", "resolve", "titles", "claims", "weigh", "time", "arguments"],
            ExtractionPipeline.ForDocuments(s_lexicons).StageNames);
    }

    [Fact]
    public void runs_the_sentence_stages_verbatim_without_splitting()
    {
        Assert.Equal(["normalize-verbatim", "segment-whole", "recognize", "resolve", "titles", "claims", "weigh", "time", "arguments"],
            ExtractionPipeline.ForSentence(s_lexicons).StageNames);
    }

    [Fact]
    public void refuses_at_build_time_a_stage_that_needs_mentions_before_the_recognizer()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DocumentPipeline(
        [
            new TextNormalizer(s_lexicons.Key),
            new SentenceSegmenter(new ClauseSegmenter()),
            new ClaimExtractionStage(new ClaimCandidateGenerator(s_lexicons.ClaimCues), new CuePredicateDecider()),
            ExtractionPipeline.Recognizer(s_lexicons, new KeepAllCandidates()),
        ]));

        Assert.Contains("'claims'", error.Message);
        Assert.Contains(nameof(Facet.Mentions), error.Message);
    }

    [Fact]
    public void refuses_at_build_time_a_resolver_placed_before_the_recognizer()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DocumentPipeline(
        [
            new TextNormalizer(s_lexicons.Key),
            new SentenceSegmenter(new ClauseSegmenter()),
            new ActorResolver(s_lexicons.Gazetteer, s_lexicons.Key),
            ExtractionPipeline.Recognizer(s_lexicons, new KeepAllCandidates()),
        ]));

        Assert.Contains("'resolve'", error.Message);
    }

    [Fact]
    public void refuses_at_build_time_a_segmenter_without_a_normalizer()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DocumentPipeline([new SentenceSegmenter(new ClauseSegmenter())]));

        Assert.Contains(nameof(Facet.Normalized), error.Message);
    }

    [Fact]
    public void names_the_stage_and_the_document_when_a_stage_fails()
    {
        var pipeline = new DocumentPipeline([new TextNormalizer(s_lexicons.Key), new FailingStage()]);

        var error = Assert.Throws<StageFailedException>(() => pipeline.Analyze(new DocumentInput("broken.txt", "美国与日本合作。")));

        Assert.Equal("failing", error.Stage);
        Assert.Equal("broken.txt", error.Document);
        Assert.IsType<InvalidDataException>(error.InnerException);
    }

    [Fact]
    public void stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ExtractionPipeline.ForDocuments(s_lexicons).Analyze(new DocumentInput("x.txt", "美国与日本合作。"), cancelled.Token));
    }

    [Fact]
    public void gives_the_same_text_the_same_document_id()
    {
        var a = ExtractionPipeline.ForDocuments(s_lexicons).Analyze(new DocumentInput("a.txt", "美国与日本合作。"));
        var b = ExtractionPipeline.ForDocuments(s_lexicons).Analyze(new DocumentInput("b.txt", "美国与日本合作。"));
        var c = ExtractionPipeline.ForDocuments(s_lexicons).Analyze(new DocumentInput("a.txt", "美国与日本竞争。"));

        Assert.Equal(a.Id, b.Id);
        Assert.NotEqual(a.Id, c.Id);
    }

    private sealed class FailingStage : IDocumentStage
    {
        public string Name => "failing";
        public Facet Requires => Facet.Normalized;
        public Facet Produces => Facet.None;

        public AnalyzedDocument Process(AnalyzedDocument document, CancellationToken cancellationToken) =>
            throw new InvalidDataException("broken on purpose");
    }
}
