namespace ClaimGraph.Storage.Queries;

public sealed record ActorFilter(string? Type = null, string? Search = null);

public enum ClaimRole
{
    Subject,
    Object,
    Source,
}

public sealed record ClaimFilter
{
    /// <summary>Actor id, name or alias of the subject.</summary>
    public string? Subject { get; init; }
    public string? Object { get; init; }
    public string? Source { get; init; }

    /// <summary>Any role, for an actor's claims(role:) field.</summary>
    public string? ActorId { get; init; }
    public ClaimRole? Role { get; init; }

    public string? Predicate { get; init; }
    public string? Modality { get; init; }
    public bool? Negated { get; init; }
    public string? DocumentId { get; init; }

    /// <summary>Substring of the evidence sentence.</summary>
    public string? Text { get; init; }
}

public sealed record NetworkQuery(IReadOnlyList<string> Actors, int Depth, IReadOnlyList<string> Predicates, double MinWeight, int MaxNodes = 500)
{
    /// <summary>Denied claims (美国不会加入) make no edge unless asked for.</summary>
    public bool IncludeNegated { get; init; }
}
