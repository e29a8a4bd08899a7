using System.Text.Json;
using ClaimGraph.Storage.Neo4j.Tests.Support;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Neo4j.Tests.Reading;

/// <summary>
/// The dashboard's reads on the fake: which catalog statement a slice starts from and the values it carries. What the
/// statements answer on a real server is the contract's to check (GraphStoreContract.Slices, with NEO4J_URL).
/// </summary>
public sealed class SlicedReadsTests : IAsyncLifetime
{
    private static readonly string[] RelationColumns = ["source", "target", "predicate", "negated", "claims", "cooperation", "conflict", "first", "last"];

    private FakeNeo4j _neo4j = null!;
    private Neo4jGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _neo4j = await FakeNeo4j.StartAsync();
        _store = new Neo4jGraphStore(TestOptions.For(_neo4j.Url));
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _neo4j.DisposeAsync();
    }

    [Fact]
    public async Task counts_relations_around_actors_from_the_sliced_claims_and_sorts_them_as_the_stored_ones()
    {
        _neo4j.Rows["Relations.SlicedFromActors"] = (RelationColumns,
        [
            ["COUNTRY:美国", "COUNTRY:日本", "COOPERATES", false, 2, 1.5, 0.0, 2019, 2021],
            ["COUNTRY:中国", "COUNTRY:美国", "OPPOSES", true, 3, 0.0, 2.25, null, null],
        ]);

        var relations = await _store.RelationsAsync(["COUNTRY:美国", "COUNTRY:美国"], 2,
            new ClaimSlice { Modalities = ["PREDICTED", "ASSERTED"], FromYear = 2019, ToYear = 2021, DocumentId = "0123456789abcdef" });

        var sent = Single("Relations.SlicedFromActors");
        Assert.Equal(["COUNTRY:美国"], Strings(sent.GetProperty("ids")));
        Assert.Equal(["PREDICTED", "ASSERTED"], Strings(sent.GetProperty("modalities")));
        Assert.Equal(2019, sent.GetProperty("fromYear").GetInt32());
        Assert.Equal(2021, sent.GetProperty("toYear").GetInt32());
        Assert.Equal("0123456789abcdef", sent.GetProperty("document").GetString());
        Assert.Equal(2, sent.GetProperty("minClaims").GetInt32());
        Assert.Equal(
            [
                new RelationRecord("COUNTRY:中国", "COUNTRY:美国", "OPPOSES", true, 3, 0.0, 2.25, null, null),
                new RelationRecord("COUNTRY:美国", "COUNTRY:日本", "COOPERATES", false, 2, 1.5, 0.0, 2019, 2021),
            ],
            relations);
    }

    [Fact]
    public async Task starts_a_slice_without_actors_from_its_document_and_leaves_the_parts_not_given_null()
    {
        await _store.RelationsAsync([], 1, new ClaimSlice { DocumentId = "0123456789abcdef" });

        var sent = Single("Relations.SlicedFromDocument");
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("modalities").ValueKind);
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("fromYear").ValueKind);
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("toYear").ValueKind);
        Assert.Equal(2000, sent.GetProperty("limit").GetInt32());
    }

    [Fact]
    public async Task answers_a_slice_holding_every_claim_from_the_stored_relations()
    {
        await _store.RelationsAsync(["COUNTRY:美国"], 1, ClaimSlice.All);
        await _store.RelationsAsync([], 1, ClaimSlice.All);

        Assert.Equal(["Relations.Of", "Relations.Strongest"], _neo4j.Requests.SelectMany(r => r.StatementNames));
    }

    [Fact]
    public async Task filters_claims_by_year_with_parameters()
    {
        _neo4j.Rows["Claims.CountByAll"] = (["total"], [[0]]);

        await _store.ClaimsAsync(new ClaimFilter { FromYear = 2017 }, new PageRequest(10, null));

        var sent = Single("Claims.PageByAll");
        Assert.Equal(2017, sent.GetProperty("fromYear").GetInt32());
        Assert.Equal(JsonValueKind.Null, sent.GetProperty("toYear").ValueKind);
    }

    [Fact]
    public async Task hands_back_original_texts_in_one_statement_and_asks_nothing_for_no_documents()
    {
        _neo4j.Rows["Documents.OriginalTexts"] = (["documentId", "originalText"], [["0123456789abcdef", "美国与日本合作。"]]);

        Assert.Empty(await _store.OriginalTextsAsync([]));
        Assert.Empty(_neo4j.Requests);
        var texts = await _store.OriginalTextsAsync(["0123456789abcdef", "0123456789abcdef", "missing"]);

        Assert.Equal([new DocumentTextRecord("0123456789abcdef", "美国与日本合作。")], texts);
        Assert.Equal(["0123456789abcdef", "missing"], Strings(Single("Documents.OriginalTexts").GetProperty("ids")));
    }

    private JsonElement Single(string statement) =>
        _neo4j.Requests.SelectMany(r => r.Statements).Single(s => FakeNeo4j.NameOf(s.Text) == statement).Parameters;

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();
}
