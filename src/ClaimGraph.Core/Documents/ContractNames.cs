namespace ClaimGraph.Core.Documents;

/// <summary>Upper-case names used by the JSONL contract, GraphQL and storage.</summary>
public static class ContractNames
{
    /// <summary>The name of a defined value from a table built once (extraction asks millions of times); others as computed.</summary>
    public static string Of<T>(T value) where T : struct, Enum =>
        Names<T>.Defined.TryGetValue(value, out var name) ? name : value.ToString().ToUpperInvariant();

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

    private static class Names<T> where T : struct, Enum
    {
        public static readonly Dictionary<T, string> Defined =
            Enum.GetValues<T>().Distinct().ToDictionary(v => v, v => v.ToString().ToUpperInvariant());
    }
}
