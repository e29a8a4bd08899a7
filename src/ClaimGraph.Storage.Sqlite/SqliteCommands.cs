using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>Parameterized command helpers: every value travels as a parameter, never inside SQL text.</summary>
public static class SqliteCommands
{
    public static SqliteCommand Command(this SqliteConnection connection, string sql, object?[]? args = null, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        for (var i = 0; i < (args?.Length ?? 0); i++)
            command.Parameters.AddWithValue($"$p{i}", args![i] ?? DBNull.Value);
        return command;
    }

    public static async Task<int> ExecuteAsync(this SqliteConnection connection, string sql, CancellationToken cancellationToken, params object?[] args)
    {
        await using var command = connection.Command(sql, args);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<int> ExecuteAsync(this SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params object?[] args)
    {
        await using var command = transaction.Connection!.Command(sql, args, transaction);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task<object?> ScalarAsync(this SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params object?[] args)
    {
        await using var command = transaction.Connection!.Command(sql, args, transaction);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    public static async Task<long> InsertAsync(this SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params object?[] args)
    {
        await using var command = transaction.Connection!.Command(sql + " RETURNING rowid", args, transaction);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    public static async Task<T?> ScalarAsync<T>(this SqliteConnection connection, string sql, CancellationToken cancellationToken, params object?[] args)
    {
        await using var command = connection.Command(sql, args);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T));
    }

    public static async Task<List<T>> QueryAsync<T>(this SqliteConnection connection, string sql, Func<SqliteDataReader, T> map, CancellationToken cancellationToken, params object?[] args)
    {
        await using var command = connection.Command(sql, args);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken)) rows.Add(map(reader));
        return rows;
    }

    public static string? NullableString(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static int? NullableInt(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    public static long? NullableLong(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    /// <summary>"$p0, $p1, …" for an IN list whose values are appended as parameters after <paramref name="offset"/>.</summary>
    public static string InList(int count, int offset = 0) => string.Join(", ", Enumerable.Range(offset, count).Select(i => $"$p{i}"));
}
