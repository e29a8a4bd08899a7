using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;

namespace ClaimGraph.Extraction.Metadata.Dates;

/// <summary>Gives the document its date (or the reason it has none) before claims are timed against it.</summary>
public sealed class DocumentDateStage(DocumentDateReader reader) : IDocumentStage
{
    public string Name => "date";
    public Facet Requires => Facet.None;
    public Facet Produces => Facet.None;

    public AnalyzedDocument Process(AnalyzedDocument document, CancellationToken cancellationToken) =>
        document with { Date = reader.Read(document.Input) };
}
