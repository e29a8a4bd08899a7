using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Cli.Tests.Support;

/// <summary>
/// What a store file holds, read straight from SQLite: each document with its row counts, the relations and actors,
/// and SQLite's own checks. Two stores with equal snapshots hold the same graph (row ids aside).
/// </summary>
public sealed record StoreSnapshot(IReadOnlyList<string> Documents, IReadOnlyList<string> Relations, IReadOnlyList<string> Actors, string Integrity, int ForeignKeyProblems)
{
    public static StoreSnapshot Read(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        return new StoreSnapshot(
            Rows(connection,
                """
                SELECT d.name, d.id, (SELECT count(*) FROM sentences s WHERE s.document_id = d.id), (SELECT count(*) FROM mentions m WHERE m.document_id = d.id),
                       (SELECT count(*) FROM claims c WHERE c.document_id = d.id), (SELECT count(*) FROM argument_links l WHERE l.document_id = d.id)
                FROM documents d ORDER BY d.name
                """),
            Rows(connection, "SELECT source_id, target_id, predicate, negated, claims, round(cooperation, 6), round(conflict, 6), first_year, last_year FROM relations ORDER BY 1, 2, 3, 4"),
            Rows(connection, "SELECT id, name, type, english, qid FROM actors ORDER BY id"),
            Scalar(connection, "PRAGMA integrity_check"),
            Rows(connection, "PRAGMA foreign_key_check").Count);
    }

    /// <summary>Fails unless both stores hold the same documents, relations and actors, and both pass SQLite's checks.</summary>
    public void AssertSameGraphAs(StoreSnapshot expected)
    {
        Assert.Equal(("ok", 0), (Integrity, ForeignKeyProblems));
        Assert.Equal(expected.Documents, Documents);
        Assert.Equal(expected.Relations, Relations);
        Assert.Equal(expected.Actors, Actors);
    }

    public static int DocumentCount(string path)
    {
        if (!File.Exists(path)) return 0;
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            connection.Open();
            return int.Parse(Scalar(connection, "SELECT count(*) FROM documents"), CultureInfo.InvariantCulture);
        }
        catch (SqliteException)
        {
            return 0; // the schema is not there yet
        }
    }

    private static List<string> Rows(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture))));
        return rows;
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture) ?? "";
    }
}
