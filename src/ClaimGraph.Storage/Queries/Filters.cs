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

    /// <summary>Earliest year of the claim's time (inclusive); claims with no time are left out when set.</summary>
    public int? FromYear { get; init; }

    /// <summary>Latest year of the claim's time (inclusive); claims with no time are left out when set.</summary>
    public int? ToYear { get; init; }
}

/// <summary>
/// Which claims a relation is counted from, when not all of them: modalities (none listed: all), the year of the
/// claim's time (from its sentence, else its document; claims with no time are left out when a bound is set), one document.
/// </summary>
public sealed record ClaimSlice
{
    public static readonly ClaimSlice All = new();

    public IReadOnlyList<string> Modalities { get; init; } = [];
    public int? FromYear { get; init; }
    public int? ToYear { get; init; }
    public string? DocumentId { get; init; }

    public bool IsAll => Modalities.Count == 0 && FromYear is null && ToYear is null && DocumentId is null;
}

public sealed record NetworkQuery(IReadOnlyList<string> Actors, int Depth, IReadOnlyList<string> Predicates, double MinWeight, int First = NetworkBuilder.DefaultFirst)
{
    /// <summary>Denied claims (美国不会加入) make no edge unless asked for.</summary>
    public bool IncludeNegated { get; init; }

    /// <summary>Edges counted from only these claims (modality, year, document); the stored relations otherwise.</summary>
    public ClaimSlice Claims { get; init; } = ClaimSlice.All;
}
