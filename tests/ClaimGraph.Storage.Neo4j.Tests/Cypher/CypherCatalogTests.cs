using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimGraph.Storage.Neo4j.Cypher;
using ClaimGraph.Storage.Neo4j.Schema;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Storage.Neo4j.Tests.Cypher;

/// <summary>The catalog the CI lint reads: every statement, each declaring exactly the parameters it uses.</summary>
public sealed partial class CypherCatalogTests
{
    public static TheoryData<string> Names => [.. CypherCatalog.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void each_statement_declares_exactly_the_parameters_its_text_uses(string name)
    {
        var statement = CypherCatalog.All.Single(s => s.Name == name);

        var used = Parameter().Matches(statement.Text).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(statement.Parameters, used);
    }

    [Fact]
    public void names_every_statement_once()
    {
        Assert.Equal(CypherCatalog.All.Count, CypherCatalog.All.Select(s => s.Name).Distinct().Count());
        Assert.Equal(CypherCatalog.All.Count, CypherCatalog.All.Select(s => s.Text).Distinct().Count());
    }

    [Fact]
    public void holds_a_count_and_a_page_statement_for_each_way_into_the_claims()
    {
        foreach (var anchor in Enum.GetValues<ClaimAnchor>())
        {
            Assert.Contains(CypherStatements.Claims.CountBy[anchor], CypherCatalog.Statements);
            Assert.Contains(CypherStatements.Claims.PageBy[anchor], CypherCatalog.Statements);
        }
    }

    [Fact]
    public void holds_a_sliced_relation_statement_for_each_starting_point()
    {
        foreach (var start in Enum.GetValues<RelationSliceStart>())
            Assert.Contains(CypherStatements.Relations.Sliced[start], CypherCatalog.Statements);
    }

    [Fact]
    public void year_ranges_and_relation_years_read_the_claim_s_time_not_the_year_its_evidence_names()
    {
        var ranged = CypherCatalog.Statements.Where(s => s.Parameters.Contains("fromYear")).ToList();
        // Statements that count relations from claims (the stored ones when they are derived, and the sliced ones).
        var relations = CypherCatalog.Statements.Where(s => s.Text.Contains("sum(c.cooperation) AS cooperation", StringComparison.Ordinal) && s.Text.Contains(" AS first", StringComparison.Ordinal)).ToList();

        Assert.Equal(Enum.GetValues<ClaimAnchor>().Length * 2 + Enum.GetValues<RelationSliceStart>().Length, ranged.Count);
        Assert.All(ranged, s => Assert.Contains("c.timeYear >= $fromYear", s.Text));
        Assert.All(ranged, s => Assert.Contains("c.timeYear <= $toYear", s.Text));
        Assert.Equal(Enum.GetValues<RelationSliceStart>().Length + 1, relations.Count);
        Assert.All(relations, s => Assert.Contains("min(c.timeYear) AS first", s.Text));
        Assert.All(relations, s => Assert.Contains("max(c.timeYear) AS last", s.Text));
    }

    [Fact]
    public void applies_every_statement_of_the_schema_files_and_each_is_idempotent()
    {
        var files = new[] { "constraints.cypher", "indexes.cypher" }.Select(f => File.ReadAllText(Path.Combine(RepositoryPaths.Root, "graph-schema", "neo4j", f)));

        var expected = files.SelectMany(Neo4jSchema.Split).ToList();

        Assert.Equal(expected, Neo4jSchema.Statements.Select(s => s.Text));
        Assert.All(Neo4jSchema.Statements, s => Assert.Matches(@"^CREATE (TEXT )?(CONSTRAINT|INDEX) \w+ IF NOT EXISTS FOR ", s.Text));
    }

    [Fact]
    public void lists_the_statements_with_the_graph_model_as_json_for_the_lint()
    {
        using var json = JsonDocument.Parse(CypherCatalog.ToJson());

        Assert.Equal(CypherCatalog.All.Count, json.RootElement.GetProperty("statements").GetArrayLength());
        Assert.Contains("Claim", json.RootElement.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        var first = json.RootElement.GetProperty("statements").EnumerateArray().First(s => s.GetProperty("name").GetString() == "Ingest.CreateSentences");
        Assert.Equal(["document", "rows"], first.GetProperty("parameters").EnumerateArray().Select(p => p.GetString()));
    }

    [Fact]
    public void refuses_a_call_that_leaves_out_or_adds_a_parameter()
    {
        Assert.Throws<ArgumentException>(() => CypherStatements.Ingest.DocumentById.With());
        Assert.Throws<ArgumentException>(() => CypherStatements.Ingest.DocumentById.With(("id", "x"), ("name", "y")));
        Assert.Equal("x", CypherStatements.Ingest.DocumentById.With(("id", "x")).Parameters["id"]);
    }

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();
}
