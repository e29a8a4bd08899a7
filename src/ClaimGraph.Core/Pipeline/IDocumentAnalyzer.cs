using ClaimGraph.Core.Documents;

namespace ClaimGraph.Core.Pipeline;

/// <summary>Turns a document's text into sentences, mentions, claims and argument links.</summary>
public interface IDocumentAnalyzer
{
    AnalyzedDocument Analyze(DocumentInput input, CancellationToken cancellationToken = default);
}
