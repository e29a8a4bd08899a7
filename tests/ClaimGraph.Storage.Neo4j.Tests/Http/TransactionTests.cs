using System.Text.Json;
using ClaimGraph.Storage.Contract.Support;
using ClaimGraph.Storage.Neo4j.Tests.Support;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Neo4j.Tests.Http;

/// <summary>How one document's ingest travels: one explicit transaction, batched statements from the catalog, values as parameters.</summary>
public sealed class TransactionTests : IAsyncLifetime
{
    private FakeNeo4j _neo4j = null!;
    private Neo4jGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _neo4j = await FakeNeo4j.StartAsync();
        _neo4j.Rows["Ingest.AllocateIds"] = (["name", "first"], [["Sentence", 1], ["Mention", 1], ["Claim", 1], ["ArgumentLink", 1]]);
        _store = new Neo4jGraphStore(TestOptions.For(_neo4j.Url));
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _neo4j.DisposeAsync();
    }

    [Fact]
    public async Task ingests_a_document_in_one_explicit_transaction_of_batched_statements()
    {
        var document = TestDocuments.Corpus("000_7f31d1b3d6251144.txt");

        var outcome = await _store.IngestAsync(document);

        Assert.Equal(IngestStatus.Inserted, outcome.Status);
        Assert.Equal(["/db/neo4j/tx", "/db/neo4j/tx/1", "/db/neo4j/tx/1/commit"], _neo4j.Requests.Select(r => r.Path));
        Assert.Equal(["Server.LockWrites", "Ingest.DocumentById", "Ingest.DocumentByName"], _neo4j.Requests[0].StatementNames);
        Assert.Equal(["Ingest.AllocateIds"], _neo4j.Requests[1].StatementNames);
        var commit = _neo4j.Requests[2];
        Assert.Equal(["Ingest.CreateDocument", "Ingest.CreateAuthors", "Ingest.CreateNotes", "Ingest.CreateSentences"], commit.StatementNames.Take(4));
        Assert.Contains("Ingest.CreateClaims", commit.StatementNames);
        Assert.Contains("Ingest.LinkSupportingClaims", commit.StatementNames);
        Assert.Equal(["Relations.DeleteForPairs", "Relations.CreateForPairs"], commit.StatementNames.TakeLast(2));
        Assert.Equal(document.Sentences.Count, Parameters(commit, "Ingest.CreateSentences").GetProperty("rows").GetArrayLength());
        Assert.Equal(document.Claims.Count, Parameters(commit, "Ingest.CreateClaims").GetProperty("rows").GetArrayLength());
        Assert.Equal(document.Original, Parameters(commit, "Ingest.CreateDocument").GetProperty("originalText").GetString());
    }

    [Fact]
    public async Task sends_only_catalog_statements_and_keeps_every_value_out_of_them()
    {
        const string hostile = "\"}) DETACH DELETE n //";
        var document = TestDocuments.Analyze($"hostile {hostile}.txt", $"美国与日本合作，并称{hostile}' OR 1=1 --`$name`。");
        _neo4j.Rows["Search.Totals"] = (["documents", "sentences", "tokens"], [[1, 1, 20]]);
        _neo4j.Rows["Claims.CountBySubject"] = (["total"], [[0]]);

        await _store.IngestAsync(document);
        await _store.SearchAsync(hostile, 10);
        await _store.ClaimsAsync(new ClaimFilter { Subject = hostile, Text = hostile }, new PageRequest(10, null));

        var statements = _neo4j.Requests.SelectMany(r => r.Statements).ToList();
        Assert.DoesNotContain("(unknown)", _neo4j.Requests.SelectMany(r => r.StatementNames));
        Assert.All(statements, s => Assert.DoesNotContain("DETACH DELETE n //", s.Text));
        Assert.Contains(statements, s => s.Parameters.ToString().Contains("DETACH DELETE n //"));
    }

    [Fact]
    public async Task replaces_a_document_of_the_same_name_in_the_same_transaction()
    {
        _neo4j.Rows["Ingest.DocumentByName"] = (["id"], [["0123456789abcdef"]]);
        _neo4j.Rows["Documents.PairsOf"] = (["source", "target"], [["COUNTRY:美国", "COUNTRY:日本"]]);

        var outcome = await _store.IngestAsync(TestDocuments.Analyze("same-name.txt", "中国反对美国的制裁。"));

        Assert.Equal(IngestStatus.Replaced, outcome.Status);
        var clear = _neo4j.Requests[1];
        Assert.Equal(["Documents.PairsOf", "Documents.DeleteClaims", "Documents.DeleteMentions", "Documents.DeleteArgumentLinks", "Documents.DeleteTitleReferences", "Documents.DeleteSentences", "Documents.Delete",
            "Ingest.AllocateIds"], clear.StatementNames);
        Assert.All(clear.Statements.Take(7), s => Assert.Equal("0123456789abcdef", s.Parameters.GetProperty("id").GetString()));
        var pairs = Parameters(_neo4j.Requests[2], "Relations.CreateForPairs").GetProperty("pairs").EnumerateArray().Select(p => (p.GetProperty("source").GetString(), p.GetProperty("target").GetString()));
        Assert.Contains(("COUNTRY:美国", "COUNTRY:日本"), pairs);
    }

    [Fact]
    public async Task writes_nothing_for_a_text_it_already_holds_with_the_same_date()
    {
        var document = TestDocuments.AnalyzeDated("dated.txt", "美国与日本合作。", "2019-05");
        _neo4j.Rows["Ingest.DocumentById"] = (["id", "dateValue", "dateRule"], [[document.Id, "2019-05", "caller"]]);

        var outcome = await _store.IngestAsync(document);

        Assert.Equal(IngestStatus.Unchanged, outcome.Status);
        Assert.Empty(_neo4j.Requests[^1].Statements);
        Assert.DoesNotContain(_neo4j.Requests, r => r.StatementNames.Contains("Ingest.CreateDocument"));
    }

    [Fact]
    public async Task writes_a_text_it_holds_again_under_a_new_date_so_its_claims_are_re_timed()
    {
        var document = TestDocuments.AnalyzeDated("dated.txt", "美国与日本合作。", "2021");
        _neo4j.Rows["Ingest.DocumentById"] = (["id", "dateValue", "dateRule"], [[document.Id, "2019-05", "caller"]]);

        var outcome = await _store.IngestAsync(document);

        Assert.Equal(IngestStatus.Replaced, outcome.Status);
        Assert.All(_neo4j.Requests[1].Statements.SkipLast(1), s => Assert.Equal(document.Id, s.Parameters.GetProperty("id").GetString()));
        var written = Parameters(_neo4j.Requests[2], "Ingest.CreateDocument");
        Assert.Equal(("2021", "YEAR", "caller", 2021), (written.GetProperty("dateValue").GetString(), written.GetProperty("datePrecision").GetString(),
            written.GetProperty("dateRule").GetString(), written.GetProperty("year").GetInt32()));
        Assert.All(Parameters(_neo4j.Requests[2], "Ingest.CreateClaims").GetProperty("rows").EnumerateArray(),
            c => Assert.Equal(("2021", 2021, "DOCUMENT"), (c.GetProperty("time").GetString(), c.GetProperty("timeYear").GetInt32(), c.GetProperty("timeSource").GetString())));
    }

    [Fact]
    public async Task writes_an_undated_text_as_one_with_no_date_and_the_reason()
    {
        await _store.IngestAsync(TestDocuments.Analyze("undated.txt", "美国与日本合作。"));

        var written = Parameters(_neo4j.Requests[2], "Ingest.CreateDocument");
        Assert.Equal(JsonValueKind.Null, written.GetProperty("dateValue").ValueKind);
        Assert.Equal(JsonValueKind.Null, written.GetProperty("year").ValueKind);
        Assert.Equal("none", written.GetProperty("dateRule").GetString());
        Assert.False(string.IsNullOrEmpty(written.GetProperty("dateUnknownReason").GetString()));
    }

    [Fact]
    public async Task rolls_back_and_runs_the_whole_transaction_again_when_the_connection_fails_midway()
    {
        var failed = false;
        _neo4j.Answer = r =>
        {
            if (r.Path == "/db/neo4j/tx/1" && r.Method == "POST" && !failed)
            {
                failed = true;
                return FakeAnswer.Unavailable;
            }
            return _neo4j.LikeNeo4j(r);
        };

        var outcome = await _store.IngestAsync(TestDocuments.Sample());

        Assert.Equal(IngestStatus.Inserted, outcome.Status);
        Assert.Equal(["POST /db/neo4j/tx", "POST /db/neo4j/tx/1", "DELETE /db/neo4j/tx/1", "POST /db/neo4j/tx", "POST /db/neo4j/tx/2", "POST /db/neo4j/tx/2/commit"],
            _neo4j.Requests.Select(r => $"{r.Method} {r.Path}"));
    }

    [Fact]
    public async Task deletes_a_document_with_everything_it_holds_and_recomputes_its_relations()
    {
        _neo4j.Rows["Ingest.DocumentById"] = (["id"], [["0123456789abcdef"]]);
        _neo4j.Rows["Documents.PairsOf"] = (["source", "target"], [["COUNTRY:美国", "COUNTRY:日本"]]);

        Assert.True(await _store.DeleteDocumentAsync("0123456789abcdef"));

        Assert.Equal(["Relations.DeleteForPairs", "Relations.CreateForPairs"], _neo4j.Requests[^1].StatementNames);
        Assert.Contains("Documents.Delete", _neo4j.Requests[1].StatementNames);
    }

    private static JsonElement Parameters(ReceivedRequest request, string statement) =>
        request.Statements.Single(s => FakeNeo4j.NameOf(s.Text) == statement).Parameters;
}
