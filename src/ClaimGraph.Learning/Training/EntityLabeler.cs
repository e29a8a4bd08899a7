using ClaimGraph.Core.Contract;
using ClaimGraph.Learning.Evaluation;
using ClaimGraph.Learning.Features;

namespace ClaimGraph.Learning.Training;

/// <summary>A pattern-found name is right when a gold entity of the sentence overlaps it; it takes that entity's type.</summary>
public static class EntityLabeler
{
    public static string Label(string surface, ContractLine gold) =>
        gold.Entities.FirstOrDefault(e => ContractMatcher.SurfacesMatch(e.Text, surface))?.Type ?? EntityExample.Reject;
}
