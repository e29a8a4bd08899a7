using ClaimGraph.Extraction;
using ClaimGraph.Learning;
using ClaimGraph.Storage.Sqlite;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Api.Tests;

/// <summary>The printed GraphQL schema is the checked-in graph-schema/schema.graphql, so every API change is reviewed.</summary>
public sealed class SchemaApprovalTests
{
    private const string UpdateVariable = "CLAIMGRAPH_UPDATE_SCHEMA";

    [Fact]
    public void the_printed_schema_equals_the_checked_in_schema_file()
    {
        var store = new SqliteGraphStore(Path.Combine(Path.GetTempPath(), "claimgraph-tests", "schema-never-opened.db"));
        var printed = Normalize(ApiHost.PrintSchema(store, new AnalyzerFactory(ExtractionLexicons.Default).ForDocuments()));
        var path = Path.Combine(RepositoryPaths.Root, "graph-schema", "schema.graphql");
        var howTo = $"Review the change, then regenerate the file with `{UpdateVariable}=1 dotnet test tests/ClaimGraph.Api.Tests --filter {nameof(the_printed_schema_equals_the_checked_in_schema_file)}` and commit it.";

        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllText(path, printed);
            return;
        }

        Assert.True(File.Exists(path), $"{path} does not exist. {howTo}");
        var approved = Normalize(File.ReadAllText(path));
        if (approved != printed)
        {
            var a = approved.Split('\n');
            var p = printed.Split('\n');
            var line = Enumerable.Range(0, Math.Min(a.Length, p.Length)).FirstOrDefault(i => a[i] != p[i], Math.Min(a.Length, p.Length));
            Assert.Fail($"The schema differs from {path} at line {line + 1}:\n  file:    {(line < a.Length ? a[line] : "(end)")}\n  printed: {(line < p.Length ? p[line] : "(end)")}\n{howTo}");
        }
    }

    private static string Normalize(string sdl) => sdl.ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
}
