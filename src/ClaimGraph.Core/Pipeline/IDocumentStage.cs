using ClaimGraph.Core.Documents;

namespace ClaimGraph.Core.Pipeline;

/// <summary>One step of the extraction pipeline.</summary>
public interface IDocumentStage
{
    string Name { get; }

    Facet Requires { get; }

    Facet Produces { get; }

    AnalyzedDocument Process(AnalyzedDocument document, CancellationToken cancellationToken);
}
