namespace ClaimGraph.Core.Documents;

/// <summary>The canonical node a mention resolves to (one node for 美国, 美, 美方, 华盛顿).</summary>
/// <param name="Key">Stable identity, e.g. "COUNTRY:美国".</param>
public sealed record ActorRef(string Key, string Name, EntityType Type, string? English, string? Qid)
{
    /// <summary>People and governments: the key of the state they belong to (a leader is no counterpart of it).</summary>
    public string? CountryKey { get; init; }

    public static string KeyOf(EntityType type, string name) => $"{ContractNames.Of(type)}:{name}";
}
