using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// Tells whether the file changed: SQLite's <c>PRAGMA data_version</c> on one connection of its own that never
/// writes, so every commit by any other connection (this process's writers, or another process on the same file)
/// moves it. The value is only comparable with itself, which is all a cache needs.
/// </summary>
public sealed class SqliteStoreVersion(SqliteDatabase database) : IDisposable
{
    private readonly Lock _gate = new();
    private SqliteConnection? _connection;
    private SqliteCommand? _command;
    private bool _disposed;

    /// <summary>
    /// The version, or null when the file cannot be read now (gone, locked, unreadable): nothing is then cached, the
    /// request runs and reports the store's state itself, and the next call opens a fresh connection.
    /// </summary>
    public long? Current()
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            try
            {
                if (_command is null)
                {
                    _connection = database.OpenWatcher();
                    _command = _connection.CreateCommand();
                    _command.CommandText = "PRAGMA data_version";
                    _command.Prepare();
                }
                return (long)_command.ExecuteScalar()!;
            }
            catch (SqliteException)
            {
                Close();
                return null;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            Close();
        }
    }

    private void Close()
    {
        _command?.Dispose();
        _connection?.Dispose();
        _command = null;
        _connection = null;
    }
}
