using ClaimGraph.Core.Documents;
using ClaimGraph.Storage.Contract.Support;
using ClaimGraph.Storage.Sqlite.Tests.Support;

namespace ClaimGraph.Storage.Sqlite.Tests;

/// <summary>
/// Several documents in one transaction: each stored as if ingested alone after the ones before it (same outcomes, same
/// rows, same ids), all of them or none.
/// </summary>
public sealed class SqliteBatchIngestTests : IDisposable
{
    private readonly StoreDirectory _stores = new("batch");

    public void Dispose() => _stores.Dispose();

    private Task<SqliteGraphStore> OpenAsync(string name) => _stores.OpenAsync(name);

    /// <summary>New documents, the same text again under another name, a new text under an earlier name, and a document after them.</summary>
    private static IReadOnlyList<AnalyzedDocument> Documents() =>
    [
        TestDocuments.Analyze("a.txt", "美国对中国实施遏制。美方表示将与日本合作。"),
        TestDocuments.Analyze("b.txt", "中国支持东盟推动RCEP。美国与日本加强同盟，美方遏制中国。"),
        TestDocuments.Analyze("a-again.txt", "美国对中国实施遏制。美方表示将与日本合作。"),
        TestDocuments.Analyze("a.txt", "拜登政府延续特朗普政府的对华政策。美国同韩国合作。"),
        TestDocuments.Sample(),
    ];

    [Fact]
    public async Task a_batch_gives_the_outcomes_and_rows_of_ingesting_its_documents_one_by_one()
    {
        var documents = Documents();
        await using var oneByOne = await OpenAsync("one-by-one.db");
        var expected = new List<IngestOutcome>();
        foreach (var document in documents) expected.Add(await oneByOne.IngestAsync(document));
        await using var batched = await OpenAsync("batched.db");

        var outcomes = await batched.IngestAsync(documents);

        Assert.Equal(expected, outcomes);
        Assert.Equal([IngestStatus.Inserted, IngestStatus.Inserted, IngestStatus.Unchanged, IngestStatus.Replaced, IngestStatus.Inserted], outcomes.Select(o => o.Status));
        Assert.Equal(SqliteStoreDump.Read(oneByOne.Path), SqliteStoreDump.Read(batched.Path));
    }

    [Fact]
    public async Task a_batch_that_fails_on_one_document_stores_none_of_them()
    {
        var good = Documents();
        // A mention in a sentence the document does not have: the writer cannot place it and throws.
        var broken = TestDocuments.Analyze("broken.txt", "美国与日本合作。");
        broken = broken with { Mentions = [.. broken.Mentions.Select(m => m with { Sentence = 99 })] };
        await using var store = await OpenAsync("failed.db");
        await store.IngestAsync(good[4]);
        var before = SqliteStoreDump.Read(store.Path);

        await Assert.ThrowsAsync<KeyNotFoundException>(() => store.IngestAsync([good[0], good[1], broken, good[3]]));

        Assert.Equal(before, SqliteStoreDump.Read(store.Path));
        Assert.Equal(1, (await store.StatsAsync()).Documents);
    }

    [Fact]
    public async Task a_document_of_more_sentences_than_one_statement_takes_keeps_their_order_ids_and_search()
    {
        var text = string.Concat(Enumerable.Range(1, 2_345).Select(i => $"第{i}条：美国与日本合作。\n"));
        var document = TestDocuments.Analyze("long.txt", text);
        Assert.True(document.Sentences.Count > 2_000);
        await using var store = await OpenAsync("long.db");

        await store.IngestAsync([document]);

        var stored = await store.SentencesOfDocumentsAsync([document.Id]);
        Assert.Equal(document.Sentences.Select(s => s.Text), stored.Select(s => s.Text));
        Assert.Equal(Enumerable.Range(1, stored.Count).Select(i => (long)i), stored.Select(s => s.Id));
        var hits = await store.SearchAsync("第2345条", 5);
        Assert.Equal(document.Sentences.Single(s => s.Text.Contains("第2345条", StringComparison.Ordinal)).Text, Assert.Single(hits).Sentence.Text);
        SqliteStoreDump.Read(store.Path); // runs the full-text index's integrity check
    }
}
