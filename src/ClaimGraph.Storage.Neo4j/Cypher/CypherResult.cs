using System.Text.Json;

namespace ClaimGraph.Storage.Neo4j.Cypher;

/// <summary>The rows one statement returned, read by column name.</summary>
public sealed class CypherResult
{
    private readonly Dictionary<string, int> _columns;

    public CypherResult(IReadOnlyList<string> columns, IReadOnlyList<JsonElement[]> rows)
    {
        Columns = columns;
        _columns = columns.Select((c, i) => (c, i)).ToDictionary(x => x.c, x => x.i, StringComparer.Ordinal);
        Rows = rows.Select(r => new CypherRow(this, r)).ToList();
    }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<CypherRow> Rows { get; }

    internal int IndexOf(string column) =>
        _columns.TryGetValue(column, out var index) ? index : throw new KeyNotFoundException($"the result has no column '{column}' (it has {string.Join(", ", Columns)})");
}

/// <summary>One row: typed reads of its values by column name.</summary>
public sealed class CypherRow(CypherResult result, JsonElement[] values)
{
    private JsonElement Value(string column) => values[result.IndexOf(column)];

    private bool IsNull(string column) => Value(column).ValueKind == JsonValueKind.Null;

    public string String(string column) => Value(column).GetString() ?? throw new InvalidDataException($"column '{column}' is null");

    public string? NullableString(string column) => IsNull(column) ? null : Value(column).GetString();

    public long Long(string column) => Value(column).GetInt64();

    public int Int(string column) => Value(column).GetInt32();

    public int? NullableInt(string column) => IsNull(column) ? null : Value(column).GetInt32();

    public double Double(string column) => Value(column).GetDouble();

    public bool Bool(string column) => Value(column).GetBoolean();

    public bool? NullableBool(string column) => IsNull(column) ? null : Value(column).GetBoolean();

    public IReadOnlyList<string> Strings(string column) => IsNull(column) ? [] : Value(column).EnumerateArray().Select(e => e.GetString() ?? "").ToList();
}
