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

    public long Current()
    {
        lock (_gate)
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
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _command?.Dispose();
            _connection?.Dispose();
            _command = null;
            _connection = null;
        }
    }
}
