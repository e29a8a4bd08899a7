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
            if (link.FromSentenceId == claim.SentenceId && Within(claim, link.FromStart, link.FromEnd)) result.Add(new ClaimArgument(link, "FROM"));
            if (link.ToSentenceId == claim.SentenceId && Within(claim, link.ToStart, link.ToEnd)) result.Add(new ClaimArgument(link, "TO"));
        }
        return result;
    }

    private static bool Within(ClaimRecord claim, int start, int end) => claim.CueStart >= start && claim.CueStart < end;
}
