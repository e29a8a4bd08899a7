using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Input;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Extraction.Tests.Support;

/// <summary>The five corpus documents, each analyzed once for the whole test run.</summary>
public static class CorpusDocuments
{
    public const string Biden = "000_7f31d1b3d6251144.txt";
    public const string Digest = "001_ae334e4762760cfe.txt";
    public const string Byline = "002_648fd424058401db.txt";
    public const string WebPage = "003_1efdb12d51446c5e.txt";
    public const string Journal = "004_38c342c490788734.txt";

    private static readonly Lazy<IReadOnlyDictionary<string, AnalyzedDocument>> s_analyzed = new(() =>
        RepositoryPaths.CorpusFiles.ToDictionary(f => Path.GetFileName(f), f => Extract.Document(DocumentText.FromFile(f), Path.GetFileName(f))));

    public static IEnumerable<object[]> Names => RepositoryPaths.CorpusFiles.Select(f => new object[] { Path.GetFileName(f) });

    public static AnalyzedDocument Get(string name) => s_analyzed.Value[name];

    public static string RawText(string name) => DocumentText.FromFile(RepositoryPaths.CorpusFile(name));
}
