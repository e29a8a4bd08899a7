using ClaimGraph.Storage.Neo4j.Cypher;
using ClaimGraph.Storage.Neo4j.Http;
using ClaimGraph.Storage.Records;
using static ClaimGraph.Storage.Neo4j.Cypher.CypherStatements;

namespace ClaimGraph.Storage.Neo4j.Reading;

/// <summary>Document, sentence, author, note, mention and argument-link reads, and the store's counts.</summary>
public sealed class Neo4jDocumentQueries(Neo4jExecutor executor)
{
    public async Task<StoreStats> StatsAsync(CancellationToken ct)
    {
        var r = (await executor.RunAsync(Server.Counts.With(), ct)).Rows[0];
        return new StoreStats(r.Int("documents"), r.Int("sentences"), r.Int("mentions"), r.Int("claims"), r.Int("actors"), r.Int("relations"));
    }

    public async Task<Page<DocumentRecord>> PageAsync(PageRequest page, CancellationToken ct)
    {
        var after = Cursor.Decode(page.After);
        var results = await executor.RunAsync([Documents.Count.With(), Documents.Page.With(("after", after), ("limit", page.First + 1))], ct);
        return Neo4jRecords.PageOf(results, Neo4jRecords.Document, page.First);
    }

    public Task<IReadOnlyList<DocumentRecord>> ByIdAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ListAsync(Documents.ById, ids, Neo4jRecords.Document, ct);

    public Task<IReadOnlyList<DocumentTextRecord>> OriginalTextsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ListAsync(Documents.OriginalTexts, ids, Neo4jRecords.DocumentText, ct);

    public Task<IReadOnlyList<AuthorRecord>> AuthorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ListAsync(Documents.Authors, ids, Neo4jRecords.Author, ct);

    public Task<IReadOnlyList<NoteRecord>> NotesAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ListAsync(Documents.Notes, ids, Neo4jRecords.Note, ct);

    public Task<IReadOnlyList<SentenceRecord>> SentencesAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        ListAsync(Documents.SentencesById, ids, Neo4jRecords.Sentence, ct);

    public Task<IReadOnlyList<SentenceRecord>> SentencesOfAsync(IReadOnlyCollection<string> documentIds, CancellationToken ct) =>
        ListAsync(Documents.SentencesOf, documentIds, Neo4jRecords.Sentence, ct);

    public async Task<IReadOnlyList<MentionRecord>> MentionsAsync(string documentId, CancellationToken ct) =>
        (await executor.RunAsync(Documents.Mentions.With(("id", documentId)), ct)).Rows.Select(Neo4jRecords.Mention).ToList();

    public Task<IReadOnlyList<LinkRecord>> LinksForSentencesAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        ListAsync(Links.ForSentences, ids, Neo4jRecords.Link, ct);

    public Task<IReadOnlyList<LinkRecord>> LinksForDocumentsAsync(IReadOnlyCollection<string> ids, CancellationToken ct) =>
        ListAsync(Links.ForDocuments, ids, Neo4jRecords.Link, ct);

    /// <summary>A batched read by ids: one statement taking the whole list.</summary>
    internal async Task<IReadOnlyList<T>> ListAsync<TId, T>(CypherStatement statement, IReadOnlyCollection<TId> ids, Func<CypherRow, T> read, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        return (await executor.RunAsync(statement.With(("ids", ids.Distinct().ToList())), ct)).Rows.Select(read).ToList();
    }
}
