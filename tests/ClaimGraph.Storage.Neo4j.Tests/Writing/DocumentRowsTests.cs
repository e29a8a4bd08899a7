using ClaimGraph.Core.Documents;
using ClaimGraph.Storage.Contract.Support;
using ClaimGraph.Storage.Export;
using ClaimGraph.Storage.Neo4j.Cypher;
using ClaimGraph.Storage.Neo4j.Tests.Support;
using ClaimGraph.Storage.Neo4j.Writing;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;
using static ClaimGraph.Storage.Neo4j.Cypher.CypherStatements;

namespace ClaimGraph.Storage.Neo4j.Tests.Writing;

/// <summary>
/// What the Neo4j store writes for a document is what the SQLite store holds for it: the same ids, texts and spans
/// for sentences, mentions and claims (with their times), the same document date and title references, and the same
/// claim-to-claim argument edges. Checked without a server, on a document written first into each store (so both
/// number from 1).
/// </summary>
public abstract class DocumentRowsTests(AnalyzedDocument document) : IAsyncLifetime
{
    private readonly TemporarySqliteStore _file = new();
    private IGraphStore _sqlite = null!;
    private List<CypherCall> _calls = null!;

    protected AnalyzedDocument Document { get; } = document;

    public async Task InitializeAsync()
    {
        _sqlite = _file.Open();
        await _sqlite.InitializeAsync();
        await _sqlite.IngestAsync(Document);
        _calls = new DocumentRows(Document, new IdBlocks(1, 1, 1, 1)).Calls().ToList();
    }

    public async Task DisposeAsync()
    {
        await _sqlite.DisposeAsync();
        _file.Delete();
    }

    private List<Dictionary<string, object?>> Rows(CypherStatement statement) =>
        _calls.Any(c => c.Statement == statement) ? (List<Dictionary<string, object?>>)_calls.Single(c => c.Statement == statement).Parameters["rows"]! : [];

    [Fact]
    public async Task writes_the_document_and_its_date_as_the_sqlite_store_holds_them()
    {
        var stored = Assert.Single(await _sqlite.DocumentsByIdAsync([Document.Id]));
        var p = _calls.Single(c => c.Statement == Ingest.CreateDocument).Parameters;

        var written = new DocumentRecord((string)p["id"]!, (string)p["name"]!, (string?)p["title"], (string?)p["url"], (string?)p["publishedAt"],
            stored.IngestedAt, (int)p["sentenceCount"]!, (int)p["claimCount"]!)
        {
            Date = new DocumentDateRecord((string?)p["dateValue"], (string?)p["datePrecision"], (string)p["dateRule"]!, (double)p["dateConfidence"]!,
                (int?)p["dateEvidenceStart"], (int?)p["dateEvidenceEnd"], (string?)p["dateEvidence"], (string?)p["dateUnknownReason"]),
        };

        Assert.Equal(stored, written);
        Assert.Equal(Document.Date?.Value?.Year, (int?)p["year"]);
    }

    [Fact]
    public async Task writes_the_sentences_the_sqlite_store_holds()
    {
        var stored = await _sqlite.SentencesOfDocumentsAsync([Document.Id]);

        var written = Rows(Ingest.CreateSentences).Select(r => ((long)r["id"]!, (int)r["index"]!, (string)r["text"]!, (int)r["start"]!, (int)r["end"]!));

        Assert.Equal(stored.Select(s => (s.Id, s.Index, s.Text, s.Start, s.End)), written);
    }

    [Fact]
    public async Task writes_the_mentions_the_sqlite_store_holds()
    {
        var stored = (await _sqlite.MentionsAsync(Document.Id)).OrderBy(m => m.Id);

        var written = Rows(Ingest.CreateMentions).Select(r => ((long)r["id"]!, (long)r["sentence"]!, (string?)r["actor"], (string)r["text"]!, (string)r["surface"]!, (int)r["start"]!, (int)r["end"]!));

        Assert.Equal(stored.Select(m => (m.Id, m.SentenceId, m.ActorId, m.Text, m.Surface, m.Start, m.End)), written);
    }

    [Fact]
    public async Task writes_the_claims_the_sqlite_store_holds_with_their_times()
    {
        var stored = (await _sqlite.ClaimsAsync(new ClaimFilter(), new PageRequest(10_000, null))).Items;
        var objects = Rows(Ingest.LinkObjects).ToDictionary(r => (long)r["claim"]!, r => (string)r["actor"]!);
        var sources = Rows(Ingest.LinkSources).ToDictionary(r => (long)r["claim"]!, r => (string)r["actor"]!);

        var written = Rows(Ingest.CreateClaims).Select(r =>
        {
            var id = (long)r["id"]!;
            return new ClaimRecord(id, Document.Id, (long)r["sentence"]!, (string)r["subject"]!, (string)r["subjectText"]!, (string)r["predicate"]!,
                objects.GetValueOrDefault(id), (string?)r["objectText"], (bool)r["negated"]!, (string)r["modality"]!, sources.GetValueOrDefault(id),
                (string?)r["sourceText"], (string)r["cue"]!, (int)r["cueStart"]!, (int)r["cueEnd"]!, (int?)r["year"], (double)r["cooperation"]!,
                (double)r["conflict"]!, (string)r["provenance"]!, (double)r["confidence"]!, (int)r["subjectStart"]!, (int)r["subjectEnd"]!,
                (int?)r["objectStart"], (int?)r["objectEnd"])
            {
                Time = r["time"] is string time
                    ? new ClaimTimeRecord(time, (string)r["timePrecision"]!, (int)r["timeYear"]!, (string)r["timeSource"]!, (string?)r["timeExpression"])
                    : null,
            };
        });

        Assert.NotEmpty(stored);
        Assert.Equal(stored, written);
    }

    [Fact]
    public async Task writes_the_title_references_the_sqlite_store_holds()
    {
        var stored = await _sqlite.TitleReferencesAsync([Document.Id]);

        var written = Rows(Ingest.CreateTitleReferences).Select(r => new TitleReferenceRecord(Document.Id, (long)r["sentence"]!, (string)r["title"]!,
            (string)r["office"]!, (string?)r["at"], (string?)r["holderId"], (string?)r["holderName"], (string?)r["holderQid"], (string?)r["namedId"],
            (bool)r["consistent"]!, (int)r["start"]!, (int)r["end"]!));

        Assert.Equal(Document.Titles.Count, stored.Count);
        Assert.Equal(stored, written);
    }

    [Fact]
    public async Task joins_the_claims_of_argument_units_as_the_api_reads_them()
    {
        var exported = await new GraphReader(_sqlite).ReadAsync(CancellationToken.None);
        var expected = exported.Edges.Where(e => e.Type is "SUPPORTS" or "CONTRASTS" or "ELABORATES")
            .Select(e => (e.Type, (long)e.Source.Id, (long)e.Target.Id)).Order().ToList();

        var written = new[] { (Ingest.LinkSupportingClaims, "SUPPORTS"), (Ingest.LinkContrastingClaims, "CONTRASTS"), (Ingest.LinkElaboratingClaims, "ELABORATES") }
            .SelectMany(x => Rows(x.Item1).Select(r => (x.Item2, (long)r["from"]!, (long)r["to"]!))).Order().ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, written);
    }
}

/// <summary>A corpus document with no date in it, argument links and claims timed by their sentences.</summary>
public sealed class UndatedDocumentRowsTests() : DocumentRowsTests(TestDocuments.Corpus("000_7f31d1b3d6251144.txt"))
{
    [Fact]
    public void the_document_has_no_date_and_claims_timed_by_their_sentences()
    {
        Assert.Null(Document.Date?.Value);
        Assert.Contains(Document.Claims, c => c.Time?.Source == ClaimTimeSource.Sentence);
    }
}

/// <summary>A corpus document dated by its 收稿日期, with the evidence span of the date.</summary>
public sealed class ReceivedDateDocumentRowsTests() : DocumentRowsTests(TestDocuments.Corpus("002_648fd424058401db.txt"))
{
    [Fact]
    public void the_document_is_dated_with_evidence()
    {
        Assert.Equal(("2022-04-18", "received-date"), (Document.Date?.Value?.ToString(), Document.Date?.Rule));
        Assert.NotNull(Document.Date?.Evidence);
    }
}

/// <summary>A text the caller dated, with office titles read as their holders, a relative time and an argument link.</summary>
public sealed class TitledDocumentRowsTests() : DocumentRowsTests(TestDocuments.AnalyzeDated("titles.txt",
    "美国总统宣布对中国加征关税。国务卿拜登访问北京。由于去年美国与日本合作，所以中国反对美国。", "2019-06-01"))
{
    [Fact]
    public void the_text_reads_titles_as_holders_and_a_relative_time()
    {
        Assert.Contains(Document.Titles, t => t.Holder?.Key == "PERSON:特朗普");
        Assert.Contains(Document.Titles, t => !t.Consistent);
        Assert.Contains(Document.Claims, c => c.Time?.Source == ClaimTimeSource.Relative);
    }
}
