using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// One statement prepared once and run for many rows of a transaction: SQLite parses and plans it once, not once per
/// row. It runs on the transaction's connection through SQLite's own calls, binding by position: a command object
/// would look each parameter up by name on every row (a linear search of the statement's names, so quadratic in a
/// statement of a thousand sentences) and build a reader per row. Values bind as a command binds them (integers,
/// reals, text, null), so a row is stored exactly as a one-off command would store it.
/// </summary>
public sealed class SqlitePreparedStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private readonly int _parameters;

    public SqlitePreparedStatement(SqliteTransaction transaction, string sql, int parameters)
    {
        _db = transaction.Connection!.Handle!;
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, _db);
        var count = raw.sqlite3_bind_parameter_count(_statement);
        if (count != parameters)
        {
            _statement.Dispose();
            throw new ArgumentException($"the statement has {count} parameters, {parameters} declared", nameof(parameters));
        }
        _parameters = parameters;
    }

    public int Execute(params object?[] values)
    {
        Run(values, null);
        return raw.sqlite3_changes(_db);
    }

    /// <summary>Runs an INSERT and returns the new row's rowid.</summary>
    public long Insert(params object?[] values)
    {
        Run(values, null);
        return raw.sqlite3_last_insert_rowid(_db);
    }

    /// <summary>Runs the statement and hands each row it returns to <paramref name="row"/>.</summary>
    public void Read(object?[] values, Action<Row> row) => Run(values, row);

    private void Run(object?[] values, Action<Row>? row)
    {
        if (values.Length != _parameters)
            throw new ArgumentException($"{_parameters} values expected, {values.Length} given", nameof(values));
        try
        {
            for (var i = 0; i < values.Length; i++) Bind(i + 1, values[i]);
            int rc;
            while ((rc = raw.sqlite3_step(_statement)) == raw.SQLITE_ROW)
                row?.Invoke(new Row(_statement));
            if (rc != raw.SQLITE_DONE) SqliteException.ThrowExceptionForRC(rc, _db);
        }
        finally
        {
            raw.sqlite3_reset(_statement);
            raw.sqlite3_clear_bindings(_statement);
        }
    }

    private void Bind(int index, object? value)
    {
        var rc = value switch
        {
            null or DBNull => raw.sqlite3_bind_null(_statement, index),
            string s => raw.sqlite3_bind_text(_statement, index, s),
            int n => raw.sqlite3_bind_int64(_statement, index, n),
            long n => raw.sqlite3_bind_int64(_statement, index, n),
            bool b => raw.sqlite3_bind_int64(_statement, index, b ? 1 : 0),
            // SQLite would store NaN as NULL; a command refuses it, and so does this.
            double d when double.IsNaN(d) => throw new ArgumentException($"cannot store NaN (parameter {index})", nameof(value)),
            float f when float.IsNaN(f) => throw new ArgumentException($"cannot store NaN (parameter {index})", nameof(value)),
            double d => raw.sqlite3_bind_double(_statement, index, d),
            float f => raw.sqlite3_bind_double(_statement, index, f),
            _ => throw new ArgumentException($"cannot store a {value.GetType().Name} (parameter {index})", nameof(value)),
        };
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public void Dispose() => _statement.Dispose();

    /// <summary>The row a statement stands on, read while <see cref="Read"/> hands it over.</summary>
    public readonly struct Row(sqlite3_stmt statement)
    {
        public long Int64(int column) => raw.sqlite3_column_int64(statement, column);
    }
}
