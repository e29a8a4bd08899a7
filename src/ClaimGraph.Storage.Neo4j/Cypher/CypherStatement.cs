using System.Runtime.CompilerServices;

namespace ClaimGraph.Storage.Neo4j.Cypher;

/// <summary>
/// One Cypher statement the store can send, with the parameters it takes. Statements are fixed text, written once
/// in <see cref="CypherStatements"/>; every value travels as a parameter, so no value ever becomes Cypher.
/// </summary>
public sealed record CypherStatement
{
    private readonly HashSet<string> _parameters;

    internal CypherStatement(string name, string text, IEnumerable<string> parameters)
    {
        Name = name;
        Text = text.Trim();
        Parameters = parameters.Order(StringComparer.Ordinal).ToList();
        _parameters = [.. Parameters];
        if (_parameters.Count != Parameters.Count) throw new ArgumentException($"{name}: a parameter is declared twice");
    }

    /// <summary>Where it is declared, e.g. "Claims.PageBySubject".</summary>
    public string Name { get; }

    public string Text { get; }

    /// <summary>The parameters the statement reads, by name (without the $), in order.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>Declares a statement; <paramref name="parameters"/> lists its $names, separated by spaces.</summary>
    internal static CypherStatement Declare(string parameters, string text, [CallerMemberName] string name = "") =>
        new(name, text, parameters.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The statement with its values; every declared parameter must be given, and nothing else.</summary>
    public CypherCall With(params (string Name, object? Value)[] values)
    {
        var given = values.Select(v => v.Name).ToHashSet(StringComparer.Ordinal);
        if (!given.SetEquals(_parameters) || given.Count != values.Length)
            throw new ArgumentException($"{Name} takes ${string.Join(", $", Parameters)}; it was given ${string.Join(", $", values.Select(v => v.Name))}");
        return new CypherCall(this, values.ToDictionary(v => v.Name, v => v.Value, StringComparer.Ordinal));
    }

    public override string ToString() => Name;
}
