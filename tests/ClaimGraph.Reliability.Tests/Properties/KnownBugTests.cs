using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction;
using ClaimGraph.Learning;

namespace ClaimGraph.Reliability.Tests.Properties;

/// <summary>Crashes the property tests found in code another engineer owns; unskip when fixed.</summary>
public sealed class KnownBugTests
{
    /// <summary>
    /// PRODUCT BUG (Extraction, ParentheticalNameRecognizer.ChineseNameStart): when the document's first character is the
    /// '（' of a bracketed English name, key.LastIndexOf(title, open - 1, …) is called with startIndex -1 and throws, so
    /// `claimgraph extract` of "（Joe Biden）众所周知，美国与日本合作。" exits 2 with an internal error.
    /// </summary>
    [Fact(Skip = "PRODUCT BUG in ClaimGraph.Extraction (ParentheticalNameRecognizer.ChineseNameStart, open == 0); owned by the extraction engineer")]
    public void a_document_opening_with_a_bracketed_english_name_is_analyzed()
    {
        var document = new AnalyzerFactory(ExtractionLexicons.Default).ForDocuments()
            .Analyze(new DocumentInput("paren.txt", "（Joe Biden）众所周知，美国与日本合作。"));

        Assert.Contains(document.Mentions, m => m.Text == "美国");
    }
}
