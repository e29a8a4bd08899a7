namespace ClaimGraph.Storage.Sqlite;

/// <summary>Accumulates WHERE conditions and their parameters; values never enter the SQL text.</summary>
public sealed class SqlFilter
{
    private readonly List<string> _conditions = [];
    private readonly List<object?> _args = [];

    public IReadOnlyList<object?> Args => _args;

    /// <summary>Adds a condition whose '?' placeholders take the given values in order.</summary>
    public SqlFilter Where(string condition, params object?[] values)
    {
        var parts = condition.Split('?');
        var sql = parts[0];
        for (var i = 1; i < parts.Length; i++)
        {
            sql += $"$p{_args.Count}" + parts[i];
            _args.Add(values[i - 1]);
        }
        _conditions.Add(sql);
        return this;
    }

    public string Clause => _conditions.Count == 0 ? "" : "WHERE " + string.Join(" AND ", _conditions);

    public string Next => $"$p{_args.Count}";

    public object?[] With(params object?[] more) => [.. _args, .. more];
}
