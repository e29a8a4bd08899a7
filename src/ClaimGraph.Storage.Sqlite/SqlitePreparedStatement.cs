using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// One statement prepared once and run for many rows of a transaction: SQLite parses and plans it once, not once per
/// row (Microsoft.Data.Sqlite keeps a prepared statement only as long as its command object). Values bind as
/// <see cref="SqliteCommands.Command"/> binds them, so a row is stored exactly as a one-off command would store it.
/// </summary>
public sealed class SqlitePreparedStatement : IDisposable
{
    private readonly SqliteCommand _command;
    private readonly SqliteConnection _connection;

    public SqlitePreparedStatement(SqliteTransaction transaction, string sql, int parameters)
    {
        _connection = transaction.Connection!;
        _command = _connection.CreateCommand();
        _command.CommandText = sql;
        _command.Transaction = transaction;
        for (var i = 0; i < parameters; i++) _command.Parameters.Add(new SqliteParameter($"$p{i}", DBNull.Value));
        _command.Prepare();
    }

    public int Execute(params object?[] values)
    {
        Bind(values);
        return _command.ExecuteNonQuery();
    }

    /// <summary>Runs an INSERT and returns the new row's rowid.</summary>
    public long Insert(params object?[] values)
    {
        Execute(values);
        return SQLitePCL.raw.sqlite3_last_insert_rowid(_connection.Handle);
    }

    /// <summary>Runs the statement and hands each row it returns to <paramref name="row"/>.</summary>
    public void Read(object?[] values, Action<SqliteDataReader> row)
    {
        Bind(values);
        using var reader = _command.ExecuteReader();
        while (reader.Read()) row(reader);
    }

    private void Bind(object?[] values)
    {
        if (values.Length != _command.Parameters.Count)
            throw new ArgumentException($"{_command.Parameters.Count} values expected, {values.Length} given", nameof(values));
        for (var i = 0; i < values.Length; i++) _command.Parameters[i].Value = values[i] ?? DBNull.Value;
    }

    public void Dispose() => _command.Dispose();
}
