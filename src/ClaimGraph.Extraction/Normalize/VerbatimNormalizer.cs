using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Normalize;

/// <summary>Stage 1 for pre-split input: keeps the text as it is (only the matching key is folded).</summary>
public sealed class VerbatimNormalizer(MatchingKey key) : IDocumentStage
{
    public string Name => "normalize-verbatim";
    public Facet Requires => Facet.None;
    public Facet Produces => Facet.Normalized;

    public AnalyzedDocument Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        var text = document.Original;
        return document with { Normalized = new NormalizedText(text, key.Of(text), OffsetMap.Identity(text.Length)) };
    }
}
