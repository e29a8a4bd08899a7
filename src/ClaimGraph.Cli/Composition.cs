using ClaimGraph.Extraction;
using ClaimGraph.Learning;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Sqlite;

namespace ClaimGraph.Cli;

/// <summary>Wires the parts together for the commands: lexicons, models, pipeline and store.</summary>
public static class Composition
{
    /// <summary>Rules plus the shipped models, or the models in CLAIMGRAPH_MODELS when set (after `claimgraph train`).</summary>
    public static AnalyzerFactory Analyzers(bool rulesOnly) =>
        new(ExtractionLexicons.Default, rulesOnly, Environment.GetEnvironmentVariable("CLAIMGRAPH_MODELS"));

    public static async Task<IGraphStore> OpenStoreAsync(string path, CancellationToken cancellationToken)
    {
        var store = new SqliteGraphStore(path);
        await store.InitializeAsync(cancellationToken);
        return store;
    }
}
