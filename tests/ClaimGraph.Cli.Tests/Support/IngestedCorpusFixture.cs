using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Cli.Tests.Support;

/// <summary>A store that `claimgraph ingest corpus/` filled, once for all CLI tests that read it.</summary>
public sealed class IngestedCorpusFixture : IAsyncLifetime
{
    private readonly TempDirectory _directory = new();

    public string Database => _directory.File("corpus.db");

    public string WorkingDirectory => _directory.Path;

    public CliRun Ingest { get; private set; } = null!;

    public async Task InitializeAsync() =>
        Ingest = await ClaimGraphCli.RunAsync(_directory.Path, "ingest", RepositoryPaths.Corpus, "--db", Database);

    public Task DisposeAsync()
    {
        _directory.Dispose();
        return Task.CompletedTask;
    }
}
