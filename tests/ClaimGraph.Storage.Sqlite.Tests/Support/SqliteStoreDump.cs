using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite.Tests.Support;

/// <summary>
/// Every row of a store file, table by table in row order, with its ids: two stores with equal dumps hold the same
/// rows under the same ids in the same order. The ingest time is left out (it is the clock's); the full-text index is
/// compared by its content (every term with its sentence, column and offset) and its own integrity check, not by the
/// layout of its segments.
/// </summary>
public static class SqliteStoreDump
{
    private static readonly string[] s_tables =
    [
        "authors", "notes", "sentences", "actors", "mentions", "title_references", "claims", "argument_links", "relations", "relation_pairs",
        "actor_aliases", "actor_mentions", "actor_claims", "sqlite_sequence",
    ];

    public static IReadOnlyList<string> Read(string path)
    {
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        var lines = new List<string>();
        var documentColumns = Columns(connection, "documents").Where(c => c != "ingested_at");
        lines.AddRange(Rows(connection, $"SELECT 'documents', rowid, {string.Join(", ", documentColumns)} FROM documents ORDER BY rowid"));
        foreach (var table in s_tables)
            lines.AddRange(Rows(connection, $"SELECT '{table}', * FROM {table} ORDER BY {(HasRowid(connection, table) ? "rowid" : "1, 2")}"));
        Execute(connection, "CREATE VIRTUAL TABLE temp.fts_terms USING fts5vocab(main, sentences_fts, instance)");
        lines.AddRange(Rows(connection, "SELECT 'fts', term, doc, col, offset FROM temp.fts_terms"));
        Execute(connection, "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('integrity-check', 1)");
        return lines;
    }

    private static bool HasRowid(SqliteConnection connection, string table) =>
        !Rows(connection, $"SELECT sql FROM sqlite_master WHERE name = '{table}'").Single().Contains("WITHOUT ROWID", StringComparison.Ordinal);

    private static List<string> Columns(SqliteConnection connection, string table) =>
        Rows(connection, $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid");

    private static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        return rows;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
