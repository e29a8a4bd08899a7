using ClaimGraph.Core.Contract;
using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Claims;
using ClaimGraph.Learning.Evaluation;
using ClaimGraph.Learning.Features;

namespace ClaimGraph.Learning.Training;

/// <summary>
/// Matches candidates to gold: the gold claim whose subject and object match the candidate's (as the contract
/// matches entities), preferring the one its cue signals.
/// </summary>
public static class ClaimLabeler
{
    /// <summary>The gold claim this candidate would produce, preferring the one its cue signals.</summary>
    public static ContractClaim? Match(ClaimCandidate candidate, ContractLine gold)
    {
        var matches = gold.Claims
            .Where(g => Matches(g.Subject, candidate.Subject.Text, candidate.Subject.Type, gold)
                && (g.Object is null ? candidate.Object is null : candidate.Object is { } o && Matches(g.Object, o.Text, o.Type, gold)))
            .ToList();
        var cue = ContractNames.Of(candidate.CuePredicate);
        return matches.FirstOrDefault(g => g.Predicate == cue) ?? matches.OrderBy(g => g.Predicate, StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>Gold claims that some candidate could produce (same subject and object), for the candidates' recall.</summary>
    public static int Reachable(IEnumerable<ClaimCandidate> candidates, ContractLine gold) =>
        gold.Claims.Count(g => candidates.Any(c => Matches(g.Subject, c.Subject.Text, c.Subject.Type, gold)
            && (g.Object is null ? c.Object is null : c.Object is { } o && Matches(g.Object, o.Text, o.Type, gold))));

    private static bool Matches(string goldSurface, string text, EntityType type, ContractLine gold) =>
        ContractMatcher.MatchesGold(goldSurface, gold, text, ContractNames.Of(type));
}
