using ClaimGraph.Storage.Records;

namespace ClaimGraph.Api.GraphQL.Types;

/// <summary>All relation rows between an actor and one other actor in one direction, summed.</summary>
public sealed record ActorRelation(string OtherId, string Direction, IReadOnlyList<RelationRecord> Rows)
{
    public int Claims => Rows.Sum(r => r.Claims);
    public double Cooperation => Rows.Sum(r => r.Cooperation);
    public double Conflict => Rows.Sum(r => r.Conflict);
    public int? FirstYear => Rows.Min(r => r.FirstYear);
    public int? LastYear => Rows.Max(r => r.LastYear);

    public static IEnumerable<ActorRelation> Of(string actorId, IEnumerable<RelationRecord> rows, int minClaims) =>
        rows.GroupBy(r => r.SourceId == actorId ? (r.TargetId, "OUTGOING") : (r.SourceId, "INCOMING"))
            .Select(g => new ActorRelation(g.Key.Item1, g.Key.Item2, g.ToList()))
            .Where(r => r.Claims >= minClaims)
            .OrderByDescending(r => r.Claims).ThenBy(r => r.OtherId, StringComparer.Ordinal);
}

/// <summary>An actor's stance on a policy: the predicate and how many claims say so.</summary>
public sealed record PolicyStance(string OtherId, string Predicate, int Claims, int? FirstYear, int? LastYear);
