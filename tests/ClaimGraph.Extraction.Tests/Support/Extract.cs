using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Extraction.Normalize;

namespace ClaimGraph.Extraction.Tests.Support;

/// <summary>Runs the real pipelines (or one stage of them) on a string.</summary>
public static class Extract
{
    private static readonly DocumentPipeline s_documents = ExtractionPipeline.ForDocuments(ExtractionLexicons.Default);
    private static readonly DocumentPipeline s_sentence = ExtractionPipeline.ForSentence(ExtractionLexicons.Default);

    /// <summary>The whole-document pipeline: normalize, segment, metadata, date, recognize, resolve, titles, claims, weigh, time, arguments.</summary>
    public static AnalyzedDocument Document(string text, string name = "test.txt") =>
        s_documents.Analyze(new DocumentInput(name, text));

    public static AnalyzedDocument Document(string text, ExtractionLexicons lexicons) =>
        ExtractionPipeline.ForDocuments(lexicons).Analyze(new DocumentInput("test.txt", text));

    /// <summary>The whole-document pipeline on a text with a given publication date (YYYY, YYYY-MM or YYYY-MM-DD).</summary>
    public static AnalyzedDocument Dated(string text, string? publishedAt) =>
        s_documents.Analyze(new DocumentInput("test.txt", text) { PublishedAt = publishedAt });

    /// <summary>The pre-split pipeline: the text is one sentence, kept verbatim.</summary>
    public static AnalyzedDocument Sentence(string text) => s_sentence.Analyze(new DocumentInput("test.txt", text));

    public static AnalyzedDocument Sentence(string text, ExtractionLexicons lexicons) =>
        ExtractionPipeline.ForSentence(lexicons).Analyze(new DocumentInput("test.txt", text));

    /// <summary>Every candidate the rules offer the decider for one sentence, none of them accepted.</summary>
    public static IReadOnlyList<ClaimGraph.Extraction.Claims.ClaimCandidate> Candidates(string text)
    {
        var recorder = new RecordingDecider();
        ExtractionPipeline.ForSentence(ExtractionLexicons.Default, recorder).Analyze(new DocumentInput("test.txt", text));
        return recorder.Seen;
    }

    /// <summary>Only stage 1, the text normalizer.</summary>
    public static AnalyzedDocument Normalized(string text, string name = "test.txt") =>
        new TextNormalizer(ExtractionLexicons.Default.Key).Process(new AnalyzedDocument(new DocumentInput(name, text)), CancellationToken.None);

    public static Mention MentionOf(this AnalyzedDocument document, string text) =>
        Assert.Single(document.Mentions, m => m.Text == text);

    public static TitleReference TitleOf(this AnalyzedDocument document, string title) =>
        Assert.Single(document.Titles, t => t.Title == title);

    public static string TextOf(this AnalyzedDocument document, int mentionId) =>
        document.Mentions.Single(m => m.Id == mentionId).Text;

    /// <summary>A claim as (subject, predicate, object) surfaces, for readable assertions.</summary>
    public static (string Subject, Predicate Predicate, string? Object) Triple(this AnalyzedDocument document, Claim claim) =>
        (document.TextOf(claim.Subject), claim.Predicate, claim.Object is { } o ? document.TextOf(o) : null);
}
