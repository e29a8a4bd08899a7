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
/// for sentences, mentions and claims, and the same claim-to-claim argument edges. Checked without a server, on a
/// corpus document written first into each store (so both number from 1).
/// </summary>
public sealed class DocumentRowsTests : IAsyncLifetime
{
    private static readonly AnalyzedDocument s_document = TestDocuments.Corpus("000_7f31d1b3d6251144.txt");
    private readonly TemporarySqliteStore _file = new();
    private IGraphStore _sqlite = null!;
    private List<CypherCall> _calls = null!;

    public async Task InitializeAsync()
    {
        _sqlite = _file.Open();
        await _sqlite.InitializeAsync();
        await _sqlite.IngestAsync(s_document);
        _calls = new DocumentRows(s_document, new IdBlocks(1, 1, 1, 1)).Calls().ToList();
    }

    public async Task DisposeAsync()
    {
        await _sqlite.DisposeAsync();
        _file.Delete();
    }

    private List<Dictionary<string, object?>> Rows(CypherStatement statement) =>
        (List<Dictionary<string, object?>>)_calls.Single(c => c.Statement == statement).Parameters["rows"]!;

    [Fact]
    public async Task writes_the_sentences_the_sqlite_store_holds()
    {
        var stored = await _sqlite.SentencesOfDocumentsAsync([s_document.Id]);

        var written = Rows(Ingest.CreateSentences).Select(r => ((long)r["id"]!, (int)r["index"]!, (string)r["text"]!, (int)r["start"]!, (int)r["end"]!));

        Assert.Equal(stored.Select(s => (s.Id, s.Index, s.Text, s.Start, s.End)), written);
    }

    [Fact]
    public async Task writes_the_mentions_the_sqlite_store_holds()
    {
        var stored = (await _sqlite.MentionsAsync(s_document.Id)).OrderBy(m => m.Id);

        var written = Rows(Ingest.CreateMentions).Select(r => ((long)r["id"]!, (long)r["sentence"]!, (string?)r["actor"], (string)r["text"]!, (string)r["surface"]!, (int)r["start"]!, (int)r["end"]!));

        Assert.Equal(stored.Select(m => (m.Id, m.SentenceId, m.ActorId, m.Text, m.Surface, m.Start, m.End)), written);
    }

    [Fact]
    public async Task writes_the_claims_the_sqlite_store_holds()
    {
        var stored = (await _sqlite.ClaimsAsync(new ClaimFilter(), new PageRequest(10_000, null))).Items;
        var objects = Rows(Ingest.LinkObjects).ToDictionary(r => (long)r["claim"]!, r => (string)r["actor"]!);
        var sources = _calls.Any(c => c.Statement == Ingest.LinkSources) ? Rows(Ingest.LinkSources).ToDictionary(r => (long)r["claim"]!, r => (string)r["actor"]!) : [];

        var written = Rows(Ingest.CreateClaims).Select(r =>
        {
            var id = (long)r["id"]!;
            return new ClaimRecord(id, s_document.Id, (long)r["sentence"]!, (string)r["subject"]!, (string)r["subjectText"]!, (string)r["predicate"]!,
                objects.GetValueOrDefault(id), (string?)r["objectText"], (bool)r["negated"]!, (string)r["modality"]!, sources.GetValueOrDefault(id),
                (string?)r["sourceText"], (string)r["cue"]!, (int)r["cueStart"]!, (int)r["cueEnd"]!, (int?)r["year"], (double)r["cooperation"]!,
                (double)r["conflict"]!, (string)r["provenance"]!, (double)r["confidence"]!, (int)r["subjectStart"]!, (int)r["subjectEnd"]!,
                (int?)r["objectStart"], (int?)r["objectEnd"]);
        });

        Assert.Equal(stored, written);
    }

    [Fact]
    public async Task joins_the_claims_of_argument_units_as_the_api_reads_them()
    {
        var exported = await new GraphReader(_sqlite).ReadAsync(CancellationToken.None);
        var expected = exported.Edges.Where(e => e.Type is "SUPPORTS" or "CONTRASTS" or "ELABORATES")
            .Select(e => (e.Type, (long)e.Source.Id, (long)e.Target.Id)).Order().ToList();

        var written = new[] { (Ingest.LinkSupportingClaims, "SUPPORTS"), (Ingest.LinkContrastingClaims, "CONTRASTS"), (Ingest.LinkElaboratingClaims, "ELABORATES") }
            .Where(x => _calls.Any(c => c.Statement == x.Item1))
            .SelectMany(x => Rows(x.Item1).Select(r => (x.Item2, (long)r["from"]!, (long)r["to"]!))).Order().ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, written);
    }
}
