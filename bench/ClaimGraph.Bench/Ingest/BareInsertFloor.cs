using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Bench.Ingest;

/// <summary>
/// The floor under ingest: every row ingest stored (documents, authors, notes, sentences, actors, mentions, title
/// references, claims, argument links, with all their columns) written again by prepared INSERTs into plain tables (no
/// key, index, full-text index, trigger or derived table) inside one transaction. The rows are read back from the
/// store in chunks off the clock; only the INSERTs and the commit are timed.
/// </summary>
public static class BareInsertFloor
{
    private static readonly string[] s_tables = ["documents", "authors", "notes", "sentences", "actors", "mentions", "title_references", "claims", "argument_links"];
    private const int ChunkRows = 20_000;

    public static TimeSpan Measure(string storePath, string floorPath)
    {
        using var store = Open(storePath, SqliteOpenMode.ReadOnly);
        using var floor = Open(floorPath, SqliteOpenMode.ReadWriteCreate);
        var timed = TimeSpan.Zero;
        using var transaction = floor.BeginTransaction();
        foreach (var table in s_tables)
        {
            var columns = Columns(store, table);
            Run(floor, transaction, $"CREATE TABLE {table} ({string.Join(", ", columns)})");
            using var insert = floor.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO {table} VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
            for (var i = 0; i < columns.Count; i++) insert.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value));
            insert.Prepare();
            foreach (var chunk in Chunks(store, table, columns.Count))
            {
                var clock = Stopwatch.StartNew();
                foreach (var row in chunk)
                {
                    for (var i = 0; i < row.Length; i++) insert.Parameters[i].Value = row[i];
                    insert.ExecuteNonQuery();
                }
                timed += clock.Elapsed;
            }
        }
        var commit = Stopwatch.StartNew();
        transaction.Commit();
        return timed + commit.Elapsed;
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }

    private static List<string> Columns(SqliteConnection store, string table)
    {
        using var command = store.CreateCommand();
        command.CommandText = $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid";
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read()) columns.Add(reader.GetString(0));
        return columns;
    }

    private static IEnumerable<List<object[]>> Chunks(SqliteConnection store, string table, int width)
    {
        using var command = store.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var chunk = new List<object[]>(ChunkRows);
        while (reader.Read())
        {
            var row = new object[width];
            reader.GetValues(row);
            chunk.Add(row);
            if (chunk.Count < ChunkRows) continue;
            yield return chunk;
            chunk = new List<object[]>(ChunkRows);
        }
        if (chunk.Count > 0) yield return chunk;
    }

    private static void Run(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
