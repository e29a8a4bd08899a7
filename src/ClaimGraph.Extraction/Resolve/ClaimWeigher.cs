using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Resolve;

/// <summary>Stage 7: gives each claim its cooperation and conflict weight toward its object.</summary>
public sealed class ClaimWeigher(RelationWeights weights) : IDocumentStage
{
    public string Name => "weigh";
    public Facet Requires => Facet.Claims;
    public Facet Produces => Facet.None;

    public AnalyzedDocument Process(AnalyzedDocument document, CancellationToken cancellationToken) =>
        document with
        {
            Claims = document.Claims.Select(c =>
            {
                var (cooperation, conflict) = weights.Of(c.Predicate, c.Negated);
                return c with { Cooperation = cooperation, Conflict = conflict };
            }).ToList(),
        };
}
