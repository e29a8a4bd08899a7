using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Recognize;

namespace ClaimGraph.Learning.Features;

/// <summary>Features of a pattern-found name: its characters, three characters either side, the rule and its guess.</summary>
public static class EntityFeaturizer
{
    private const int Context = 3;

    public static EntityExample Featurize(SentenceView view, EntityCandidate candidate)
    {
        var start = Math.Max(view.Span.Start, candidate.Local.Start - Context);
        var end = Math.Min(view.Span.End, candidate.Local.End + Context);
        return new EntityExample
        {
            Surface = view.KeyOf(candidate.Local),
            Left = view.Key[start..candidate.Local.Start],
            Right = view.Key[candidate.Local.End..end],
            Rule = candidate.Provenance.Source,
            ProposedType = ContractNames.Of(candidate.Type),
            Length = candidate.Local.Length,
        };
    }
}
