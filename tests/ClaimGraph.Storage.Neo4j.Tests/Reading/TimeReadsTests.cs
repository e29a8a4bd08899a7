using System.Text.Json;
using System.Text.RegularExpressions;
using ClaimGraph.Storage.Contract.Support;
using ClaimGraph.Storage.Neo4j.Cypher;
using ClaimGraph.Storage.Neo4j.Tests.Support;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Neo4j.Tests.Reading;

/// <summary>
/// Actors in time on the fake: the SQLite store's answers, handed back as rows under the columns the Neo4j statement
/// returns, must come out of the Neo4j store as the same records (row mapping, order, values as parameters). What the
/// statements match on a real server is the contract's to check (GraphStoreContract.Time, with NEO4J_URL).
/// </summary>
public sealed partial class TimeReadsTests : IAsyncLifetime
{
    private const string Titled = "美国总统宣布对中国加征关税。国务卿拜登访问北京。由于去年美国与日本合作，所以中国反对美国。";

    private readonly TemporarySqliteStore _file = new();
    private IGraphStore _sqlite = null!;
    private FakeNeo4j _neo4j = null!;
    private Neo4jGraphStore _store = null!;
    private string _titled = null!;
    private string _received = null!;

    public async Task InitializeAsync()
    {
        _sqlite = _file.Open();
        await _sqlite.InitializeAsync();
        _titled = (await _sqlite.IngestAsync(TestDocuments.AnalyzeDated("titles.txt", Titled, "2019-06-01"))).DocumentId;
        _received = (await _sqlite.IngestAsync(TestDocuments.Corpus("002_648fd424058401db.txt"))).DocumentId;
        _neo4j = await FakeNeo4j.StartAsync();
        _store = new Neo4jGraphStore(TestOptions.For(_neo4j.Url));
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _neo4j.DisposeAsync();
        await _sqlite.DisposeAsync();
        _file.Delete();
    }

    [Fact]
    public async Task reads_title_references_as_the_sqlite_store_holds_them()
    {
        var expected = await _sqlite.TitleReferencesAsync([_titled]);
        Feed(CypherStatements.Time.TitleReferences, expected.Select(t => new Dictionary<string, object?>
        {
            ["documentId"] = t.DocumentId, ["sentenceId"] = t.SentenceId, ["title"] = t.Title, ["office"] = t.Office, ["at"] = t.At, ["holderId"] = t.HolderId,
            ["holderName"] = t.HolderName, ["holderQid"] = t.HolderQid, ["namedId"] = t.NamedId, ["consistent"] = t.Consistent, ["start"] = t.Start, ["end"] = t.End,
        }));

        var read = await _store.TitleReferencesAsync([_titled, _titled]);

        Assert.Contains(expected, t => t is { HolderId: "PERSON:特朗普", Consistent: true });
        Assert.Contains(expected, t => t is { NamedId: "PERSON:拜登", Consistent: false });
        Assert.Equal(expected, read);
        Assert.Equal([_titled], Strings(Sent("Time.TitleReferences").GetProperty("ids")));
    }

    [Fact]
    public async Task sorts_merged_names_as_the_sqlite_store_does_whichever_half_of_the_union_comes_first()
    {
        string[] actors = ["PERSON:特朗普", "COUNTRY:美国"];
        var expected = await _sqlite.MergedFromAsync(actors);
        Feed(CypherStatements.Time.MergedFrom, expected.Reverse().Select(m => new Dictionary<string, object?>
        {
            ["actorId"] = m.ActorId, ["surface"] = m.Surface, ["rule"] = m.Rule, ["times"] = m.Count,
        }));

        var read = await _store.MergedFromAsync(actors);

        Assert.Contains(expected, m => m is { ActorId: "PERSON:特朗普", Surface: "美国总统", Rule: "office-holder:US_PRESIDENT" });
        Assert.Equal(expected, read);
        Assert.Equal(actors, Strings(Sent("Time.MergedFrom").GetProperty("ids")));
    }

    [Fact]
    public async Task reads_an_actor_s_timeline_as_the_sqlite_store_counts_it()
    {
        string[] actors = ["COUNTRY:美国", "COUNTRY:中国"];
        var expected = await _sqlite.TimelineAsync(actors);
        Feed(CypherStatements.Time.Timeline, expected.Select(t => new Dictionary<string, object?>
        {
            ["actorId"] = t.ActorId, ["year"] = t.Year, ["claims"] = t.Claims, ["cooperation"] = t.Cooperation, ["conflict"] = t.Conflict,
        }));

        var read = await _store.TimelineAsync(actors);

        Assert.True(expected.Select(t => t.Year).Distinct().Count() >= 2);
        Assert.Equal(expected, read);
    }

    [Fact]
    public async Task asks_nothing_for_no_documents_or_actors()
    {
        Assert.Empty(await _store.TitleReferencesAsync([]));
        Assert.Empty(await _store.MergedFromAsync([]));
        Assert.Empty(await _store.TimelineAsync([]));
        Assert.Empty(_neo4j.Requests);
    }

    [Fact]
    public async Task reads_a_document_s_date_with_its_evidence_or_the_reason_it_has_none()
    {
        var undated = (await _sqlite.IngestAsync(TestDocuments.Analyze("undated.txt", "美国与日本合作。"))).DocumentId;
        var expected = (await _sqlite.DocumentsByIdAsync([_received, undated])).OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
        Feed(CypherStatements.Documents.ById, expected.Select(d => new Dictionary<string, object?>
        {
            ["id"] = d.Id, ["name"] = d.Name, ["title"] = d.Title, ["url"] = d.Url, ["publishedAt"] = d.PublishedAt, ["ingestedAt"] = d.IngestedAt,
            ["sentenceCount"] = d.SentenceCount, ["claimCount"] = d.ClaimCount, ["dateValue"] = d.Date!.Value, ["datePrecision"] = d.Date.Precision,
            ["dateRule"] = d.Date.Rule, ["dateConfidence"] = d.Date.Confidence, ["dateEvidenceStart"] = d.Date.EvidenceStart,
            ["dateEvidenceEnd"] = d.Date.EvidenceEnd, ["dateEvidence"] = d.Date.Evidence, ["dateUnknownReason"] = d.Date.UnknownReason,
        }));

        var read = await _store.DocumentsByIdAsync([_received, undated]);

        Assert.Contains(expected, d => d.Date is { Value: "2022-04-18", Rule: "received-date", EvidenceStart: not null });
        Assert.Contains(expected, d => d.Date is { Value: null, UnknownReason: not null });
        Assert.Equal(expected, read);
    }

    [Fact]
    public async Task reads_claims_with_their_time_or_none()
    {
        var expected = (await _sqlite.ClaimsAsync(new ClaimFilter(), new PageRequest(PageRequest.MaxPageSize, null))).Items;
        Feed(CypherStatements.Claims.ById, expected.Select(c => new Dictionary<string, object?>
        {
            ["id"] = c.Id, ["documentId"] = c.DocumentId, ["sentenceId"] = c.SentenceId, ["subjectId"] = c.SubjectId, ["subjectText"] = c.SubjectText,
            ["predicate"] = c.Predicate, ["objectId"] = c.ObjectId, ["objectText"] = c.ObjectText, ["negated"] = c.Negated, ["modality"] = c.Modality,
            ["sourceId"] = c.SourceId, ["sourceText"] = c.SourceText, ["cue"] = c.Cue, ["cueStart"] = c.CueStart, ["cueEnd"] = c.CueEnd, ["year"] = c.Year,
            ["cooperation"] = c.Cooperation, ["conflict"] = c.Conflict, ["provenance"] = c.Provenance, ["confidence"] = c.Confidence,
            ["subjectStart"] = c.SubjectStart, ["subjectEnd"] = c.SubjectEnd, ["objectStart"] = c.ObjectStart, ["objectEnd"] = c.ObjectEnd,
            ["time"] = c.Time?.Value, ["timePrecision"] = c.Time?.Precision, ["timeYear"] = c.Time?.Year, ["timeSource"] = c.Time?.Source,
            ["timeExpression"] = c.Time?.Expression,
        }));

        var read = await _store.ClaimsByIdAsync(expected.Select(c => c.Id).ToList());

        Assert.Contains(expected, c => c.Time is { Source: "RELATIVE", Year: 2018 });
        Assert.Contains(expected, c => c.Time is { Source: "DOCUMENT" });
        Assert.Equal(expected, read);
    }

    /// <summary>Rows for a statement, under exactly the columns its last RETURN names.</summary>
    private void Feed(CypherStatement statement, IEnumerable<Dictionary<string, object?>> rows)
    {
        var list = rows.ToList();
        Assert.NotEmpty(list);
        var columns = list[0].Keys.ToArray();
        var returned = Alias().Matches(statement.Text[statement.Text.LastIndexOf("RETURN", StringComparison.Ordinal)..]).Select(m => m.Groups[1].Value);
        Assert.Equal(returned.Order(StringComparer.Ordinal), columns.Order(StringComparer.Ordinal));
        _neo4j.Rows[statement.Name] = (columns, list.Select(r => columns.Select(c => r[c]).ToArray()).ToArray());
    }

    private JsonElement Sent(string statement) =>
        _neo4j.Requests.SelectMany(r => r.Statements).Single(s => FakeNeo4j.NameOf(s.Text) == statement).Parameters;

    private static List<string?> Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()).ToList();

    [GeneratedRegex(@"\bAS\s+([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Alias();
}
