using ClaimGraph.Storage.Records;

namespace ClaimGraph.Api.GraphQL.Types;

/// <summary>
/// All relation rows between an actor and one other actor in one direction, summed. <see cref="Other"/> is known when
/// the sums were read with the other actor's row; <see cref="Rows"/> when they were counted here from the rows.
/// </summary>
public sealed record ActorRelation(string ActorId, string OtherId, string Direction, int Claims, double Cooperation, double Conflict, int? FirstYear, int? LastYear)
{
    public ActorRecord? Other { get; init; }

    public IReadOnlyList<RelationRecord>? Rows { get; init; }

    public static ActorRelation From(PartnerRecord p) =>
        new(p.ActorId, p.Other.Id, p.Direction, p.Claims, p.Cooperation, p.Conflict, p.FirstYear, p.LastYear) { Other = p.Other };

    public static IEnumerable<ActorRelation> Of(string actorId, IEnumerable<RelationRecord> rows, int minClaims) =>
        Ranked(PartnerRecord.Group(actorId, rows, minClaims).Select(g =>
            new ActorRelation(actorId, g.OtherId, g.Direction, g.Rows.Sum(r => r.Claims), g.Rows.Sum(r => r.Cooperation), g.Rows.Sum(r => r.Conflict),
                g.Rows.Min(r => r.FirstYear), g.Rows.Max(r => r.LastYear)) { Rows = g.Rows }));

    /// <summary>Strongest first, then by the other actor's id; a stable sort, so ties keep the order the store gave.</summary>
    public static IEnumerable<ActorRelation> Ranked(IEnumerable<ActorRelation> relations) =>
        relations.OrderByDescending(r => r.Claims).ThenBy(r => r.OtherId, StringComparer.Ordinal);

    /// <summary>Whether a relation row of <see cref="ActorId"/> is one of this relation's.</summary>
    public bool Holds(RelationRecord row) =>
        Direction == PartnerRecord.Outgoing ? row.SourceId == ActorId && row.TargetId == OtherId : row.TargetId == ActorId && row.SourceId == OtherId && row.SourceId != row.TargetId;
}

/// <summary>An actor's stance on a policy: the predicate and how many claims say so.</summary>
public sealed record PolicyStance(string OtherId, string Predicate, int Claims, int? FirstYear, int? LastYear);
