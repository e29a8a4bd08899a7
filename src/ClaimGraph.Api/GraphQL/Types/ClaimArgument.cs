using ClaimGraph.Storage;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Api.GraphQL.Types;

/// <summary>An argument link seen from one claim: whether the claim sits on its FROM side or its TO side.</summary>
public sealed record ClaimArgument(LinkRecord Link, string Role)
{
    public static IReadOnlyList<ClaimArgument> Of(ClaimRecord claim, IEnumerable<LinkRecord> links)
    {
        var result = new List<ClaimArgument>();
        foreach (var link in links)
        {
            if (ArgumentUnits.HoldsCue(link.FromSentenceId, link.FromStart, link.FromEnd, claim.SentenceId, claim.CueStart)) result.Add(new ClaimArgument(link, "FROM"));
            if (ArgumentUnits.HoldsCue(link.ToSentenceId, link.ToStart, link.ToEnd, claim.SentenceId, claim.CueStart)) result.Add(new ClaimArgument(link, "TO"));
        }
        return result;
    }
}
