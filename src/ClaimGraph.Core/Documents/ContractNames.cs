namespace ClaimGraph.Core.Documents;

/// <summary>Upper-case names used by the JSONL contract, GraphQL and storage.</summary>
public static class ContractNames
{
    public static string Of<T>(T value) where T : struct, Enum => value.ToString().ToUpperInvariant();

    public static T Parse<T>(string name) where T : struct, Enum =>
        TryParse<T>(name, out var value)
            ? value
            : throw new FormatException($"'{name}' is not a {typeof(T).Name}; expected one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToUpperInvariant()))}.");

    public static bool TryParse<T>(string? name, out T value) where T : struct, Enum
    {
        value = default;
        return name is not null
            && !int.TryParse(name, out _)
            && Enum.TryParse(name, ignoreCase: true, out value)
            && Enum.IsDefined(value);
    }
}
