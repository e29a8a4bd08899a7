using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Queries;

/// <summary>
/// Which relations a network draws: of the wanted predicates (none listed: all), with at least <see cref="MinWeight"/>
/// claims, denied ones only when asked for, counted from a slice of the claims (or the stored relations).
/// </summary>
public sealed record NetworkFilter(IReadOnlyList<string> Predicates, double MinWeight, bool IncludeNegated, ClaimSlice Slice)
{
    public static NetworkFilter Of(NetworkQuery query) => new(query.Predicates, query.MinWeight, query.IncludeNegated, query.Claims);

    /// <summary>The whole-number minimum a store's relation read takes; <see cref="Wants"/> still compares with the weight itself.</summary>
    public int MinClaims => Math.Max(1, (int)Math.Ceiling(MinWeight));

    public bool Wants(RelationRecord r) =>
        (Predicates.Count == 0 || Predicates.Contains(r.Predicate)) && r.Claims >= MinWeight && (IncludeNegated || !r.Negated);
}
