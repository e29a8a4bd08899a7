using ClaimGraph.Core.Actors;
using ClaimGraph.Extraction;
using ClaimGraph.Extraction.Resolve;
using ClaimGraph.Learning;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Neo4j;
using ClaimGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Cli;

/// <summary>Wires the parts together for the commands: lexicons, models, pipeline and store.</summary>
public static class Composition
{
    /// <summary>Rules plus the shipped models, or the models in a directory trained by `claimgraph train`, or rules alone.</summary>
    public static AnalyzerFactory Analyzers(bool rulesOnly, string? modelDirectory) => new(ExtractionLexicons.Default, rulesOnly, modelDirectory);

    /// <summary>Links computed from the reference data the analyzers use (X政府 → leader and state).</summary>
    public static IActorDirectory ActorDirectory() => AdministrationDirectory.From(ExtractionLexicons.Default);

    /// <summary>SQLite's "file is not a database".</summary>
    private const int SqliteNotADatabase = 26;

    /// <summary>The configured store, ready: its schema applied (and, for Neo4j, the server reached and checked).</summary>
    public static async Task<IGraphStore> OpenStoreAsync(StoreSettings settings, CancellationToken cancellationToken)
    {
        IGraphStore store = settings.Kind == StoreKind.Neo4j ? new Neo4jGraphStore(settings.Neo4j!) : new SqliteGraphStore(settings.SqlitePath);
        try
        {
            await store.InitializeAsync(cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteNotADatabase)
        {
            await store.DisposeAsync();
            throw new ArgumentException($"{settings.SqlitePath}: not a ClaimGraph database (SQLite: {e.Message})", e);
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
        return store;
    }
}
