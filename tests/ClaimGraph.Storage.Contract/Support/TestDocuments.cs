using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Input;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Extraction;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Storage.Contract.Support;

/// <summary>Documents for the store to hold, analyzed by the real pipeline (the corpus once per test run).</summary>
public static class TestDocuments
{
    /// <summary>Sentences with each kind of thing the store keeps: aliases, negation, years, policies, a source, a link.</summary>
    public const string SampleText =
        """
        拜登政府延续特朗普政府的印太战略。
        美国不会与中国合作。
        华盛顿宣布对俄罗斯实施制裁。
        2017 年，美国与日本合作。
        东盟推动《区域全面经济伙伴关系协定》（RCEP）。
        马凯硕（Kishore Mahbubani）的文章称，美国押注美英澳安全协议。
        若美国加入RCEP，中国将受益。
        由于美国施压，所以东盟让步。
        """;

    private static readonly IDocumentAnalyzer s_analyzer = ExtractionPipeline.ForDocuments(ExtractionLexicons.Default);

    /// <summary>The pipeline the documents go through (rules only), for callers that ingest through the API.</summary>
    public static IDocumentAnalyzer Analyzer => s_analyzer;

    private static readonly Lazy<IReadOnlyDictionary<string, AnalyzedDocument>> s_corpus = new(() =>
        RepositoryPaths.CorpusFiles.ToDictionary(f => Path.GetFileName(f), f => Analyze(Path.GetFileName(f), DocumentText.FromFile(f))));

    public static AnalyzedDocument Analyze(string name, string text) => s_analyzer.Analyze(new DocumentInput(name, text));

    public static AnalyzedDocument AnalyzeDated(string name, string text, string date) => s_analyzer.Analyze(new DocumentInput(name, text) { PublishedAt = date });

    public static AnalyzedDocument Sample(string name = "sample.txt") => Analyze(name, SampleText);

    public static AnalyzedDocument Corpus(string name) => s_corpus.Value[name];

    public static IReadOnlyList<AnalyzedDocument> AllCorpus => s_corpus.Value.Values.OrderBy(d => d.Input.Name, StringComparer.Ordinal).ToList();

    public static string SubjectOf(this AnalyzedDocument document, Claim claim) => document.Mentions.Single(m => m.Id == claim.Subject).Actor!.Key;

    public static string? ObjectOf(this AnalyzedDocument document, Claim claim) =>
        claim.Object is { } o ? document.Mentions.Single(m => m.Id == o).Actor!.Key : null;
}
