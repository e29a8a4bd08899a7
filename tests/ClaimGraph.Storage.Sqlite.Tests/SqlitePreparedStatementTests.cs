using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite.Tests;

/// <summary>
/// The writer's prepared statements bind by position on SQLite's own calls: a row must come out as a command with
/// named parameters stores it, and a failed row must leave the statement usable and the error SQLite's.
/// </summary>
public sealed class SqlitePreparedStatementTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqlitePreparedStatementTests()
    {
        _connection.Open();
        using var create = _connection.CreateCommand();
        create.CommandText = "CREATE TABLE t (id INTEGER PRIMARY KEY, a, b, c, d, e, f, g, UNIQUE (a))";
        create.ExecuteNonQuery();
    }

    public void Dispose() => _connection.Dispose();

    private static readonly object?[] Values = ["美国遏制中国", 42, 1L << 40, 0.1 + 0.2, null, true, 0.25f];

    private List<string> Rows()
    {
        using var read = _connection.CreateCommand();
        read.CommandText = "SELECT quote(a), quote(b), quote(c), quote(d), quote(e), quote(f), quote(g), typeof(g) FROM t ORDER BY id";
        using var reader = read.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read()) rows.Add(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(reader.GetString)));
        return rows;
    }

    [Fact]
    public void a_row_is_stored_as_a_command_with_named_parameters_stores_it()
    {
        using (var tx = _connection.BeginTransaction())
        {
            using var command = _connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = "INSERT INTO t (a, b, c, d, e, f, g) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6)";
            for (var i = 0; i < Values.Length; i++) command.Parameters.AddWithValue($"$p{i}", Values[i] ?? DBNull.Value);
            command.ExecuteNonQuery();
            tx.Commit();
        }
        var expected = Rows().Single();
        using (var clear = _connection.CreateCommand())
        {
            clear.CommandText = "DELETE FROM t";
            clear.ExecuteNonQuery();
        }

        using (var tx = _connection.BeginTransaction())
        {
            using var statement = new SqlitePreparedStatement(tx, "INSERT INTO t (a, b, c, d, e, f, g) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6)", 7);
            Assert.Equal(1, statement.Insert(Values)); // the rowid of the emptied table's new row
            tx.Commit();
        }

        Assert.Equal(expected, Rows().Single());
        Assert.StartsWith("'美国遏制中国'|42|1099511627776|0.3", expected);
        Assert.EndsWith("|NULL|1|0.25|real", expected);
    }

    [Fact]
    public void a_failed_row_throws_sqlites_error_and_the_next_row_is_stored()
    {
        using var tx = _connection.BeginTransaction();
        using var statement = new SqlitePreparedStatement(tx, "INSERT INTO t (a) VALUES ($p0)", 1);
        statement.Execute("日本");

        var error = Assert.Throws<SqliteException>(() => statement.Execute("日本"));
        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT: the UNIQUE (a) of the table
        Assert.Contains("UNIQUE", error.Message);
        Assert.Equal(1, statement.Execute("韩国"));
        tx.Commit();

        Assert.Equal(["'日本'", "'韩国'"], Rows().Select(r => r.Split('|')[0]));
    }

    [Fact]
    public void rows_a_statement_returns_are_read_in_order()
    {
        using var tx = _connection.BeginTransaction();
        using var statement = new SqlitePreparedStatement(tx, "INSERT INTO t (a, b) VALUES ($p0, $p1), ($p2, $p3) RETURNING b, id", 4);
        var read = new List<(long, long)>();

        statement.Read(["甲", 7, "乙", 8], row => read.Add((row.Int64(0), row.Int64(1))));

        Assert.Equal([(7L, 1L), (8L, 2L)], read);
    }

    [Fact]
    public void values_of_the_wrong_count_or_an_unstorable_type_are_refused_before_anything_is_written()
    {
        using var tx = _connection.BeginTransaction();
        using var statement = new SqlitePreparedStatement(tx, "INSERT INTO t (a, b) VALUES ($p0, $p1)", 2);

        Assert.Contains("2 values expected, 1 given", Assert.Throws<ArgumentException>(() => statement.Execute("甲")).Message);
        Assert.Contains("cannot store a DateTime", Assert.Throws<ArgumentException>(() => statement.Execute("甲", DateTime.UnixEpoch)).Message);
        Assert.Contains("cannot store NaN", Assert.Throws<ArgumentException>(() => statement.Execute("甲", double.NaN)).Message);
        Assert.Equal(1, statement.Execute("乙", 1));
        tx.Commit();

        Assert.Equal(["'乙'"], Rows().Select(r => r.Split('|')[0]));
        using var next = _connection.BeginTransaction();
        Assert.Contains("1 parameters, 2 declared", Assert.Throws<ArgumentException>(() => new SqlitePreparedStatement(next, "INSERT INTO t (a) VALUES ($p0)", 2)).Message);
    }
}
