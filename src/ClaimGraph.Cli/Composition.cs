using ClaimGraph.Extraction;
using ClaimGraph.Learning;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Cli;

/// <summary>Wires the parts together for the commands: lexicons, models, pipeline and store.</summary>
public static class Composition
{
    /// <summary>Rules plus the shipped models, or the models in a directory trained by `claimgraph train`, or rules alone.</summary>
    public static AnalyzerFactory Analyzers(bool rulesOnly, string? modelDirectory) => new(ExtractionLexicons.Default, rulesOnly, modelDirectory);

    /// <summary>SQLite's "file is not a database".</summary>
    private const int SqliteNotADatabase = 26;

    public static async Task<IGraphStore> OpenStoreAsync(string path, CancellationToken cancellationToken)
    {
        var store = new SqliteGraphStore(path);
        try
        {
            await store.InitializeAsync(cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteNotADatabase)
        {
            throw new ArgumentException($"{path}: not a ClaimGraph database (SQLite: {e.Message})", e);
        }
        return store;
    }
}
