using ClaimGraph.Cli.Tests.Support;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Cli.Tests;

/// <summary>docker-compose.yml and the Dockerfile it builds: valid, wired for Neo4j, and refusing to run without a password or an API key.</summary>
public sealed class DeploymentTests
{
    [DockerComposeFact]
    public void the_compose_file_is_valid_and_runs_claimgraph_on_neo4j()
    {
        var (exit, output) = DockerCompose.Run(new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = "compose-test-1", ["CLAIMGRAPH_API_KEY"] = "compose-key" },
            RepositoryPaths.Root, "config");

        Assert.True(exit == 0, output);
        Assert.Contains("CLAIMGRAPH_API_KEY: compose-key", output);
        Assert.Contains("image: neo4j:5", output);
        Assert.Contains("condition: service_healthy", output);
        Assert.Contains("NEO4J_URL: http://neo4j:7474", output);
        Assert.Contains("CLAIMGRAPH_STORE: neo4j", output);
        Assert.Contains("neo4j-data:/data", output);
        Assert.Contains("8080", output);
    }

    [DockerComposeFact]
    public void the_compose_file_wants_the_password_from_the_environment()
    {
        var (exit, output) = DockerCompose.Run(new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = null, ["CLAIMGRAPH_API_KEY"] = "compose-key" },
            RepositoryPaths.Root, "config");

        Assert.NotEqual(0, exit);
        Assert.Contains("set NEO4J_PASSWORD", output);
    }

    /// <summary>serve listens on 0.0.0.0 in the container, which it refuses to do with the mutations open.</summary>
    [DockerComposeFact]
    public void the_compose_file_wants_the_api_key_from_the_environment()
    {
        var (exit, output) = DockerCompose.Run(new Dictionary<string, string?> { ["NEO4J_PASSWORD"] = "compose-test-1", ["CLAIMGRAPH_API_KEY"] = null },
            RepositoryPaths.Root, "config");

        Assert.NotEqual(0, exit);
        Assert.Contains("set CLAIMGRAPH_API_KEY", output);
    }

    [Fact]
    public void the_dockerfile_builds_in_one_stage_and_runs_in_another_serving_graphql_on_8080()
    {
        var dockerfile = File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "Dockerfile"));

        Assert.Equal(2, dockerfile.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)));
        Assert.Contains(dockerfile, l => l.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", StringComparison.Ordinal));
        Assert.Contains(dockerfile, l => l.StartsWith("COPY --from=build", StringComparison.Ordinal));
        // ClaimGraph.Api's build bundles web/ with npm.
        Assert.Contains(dockerfile, l => l.StartsWith("RUN apt-get", StringComparison.Ordinal) && l.Contains("nodejs npm", StringComparison.Ordinal));
        Assert.Contains("COPY web/ web/", dockerfile);
        Assert.Contains(dockerfile, l => l.Contains("\"serve\", \"--urls\", \"http://0.0.0.0:8080\"", StringComparison.Ordinal));
        // Every project the CLI needs is restored in the build stage.
        var copied = dockerfile.Where(l => l.StartsWith("COPY src/", StringComparison.Ordinal) && l.Contains(".csproj", StringComparison.Ordinal)).Count();
        Assert.Equal(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories).Length, copied);
    }
}
