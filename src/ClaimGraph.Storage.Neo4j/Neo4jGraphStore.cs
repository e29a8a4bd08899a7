using ClaimGraph.Core.Documents;
using ClaimGraph.Storage.Neo4j.Http;
using ClaimGraph.Storage.Neo4j.Reading;
using ClaimGraph.Storage.Neo4j.Schema;
using ClaimGraph.Storage.Neo4j.Writing;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Neo4j;

/// <summary>The scale-out store: a Neo4j 5 server (or cluster, or Aura) over its transactional HTTP API.</summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    private readonly Neo4jExecutor _executor;
    private readonly Neo4jDocumentWriter _writer;
    private readonly Neo4jDocumentQueries _documents;
    private readonly Neo4jActorQueries _actors;
    private readonly Neo4jClaimQueries _claims;
    private readonly Neo4jReviewStore _reviews;
    private readonly Neo4jSentenceSearch _search;
    private readonly Neo4jTimeQueries _time;

    /// <param name="handler">How HTTP requests are sent; the default opens connections itself.</param>
    public Neo4jGraphStore(Neo4jOptions options, HttpMessageHandler? handler = null)
    {
        _executor = new Neo4jExecutor(options, handler);
        _writer = new Neo4jDocumentWriter(_executor);
        _documents = new Neo4jDocumentQueries(_executor);
        _actors = new Neo4jActorQueries(_executor, _documents);
        _claims = new Neo4jClaimQueries(_executor, _documents);
        _reviews = new Neo4jReviewStore(_executor, _documents);
        _search = new Neo4jSentenceSearch(_executor, _documents);
        _time = new Neo4jTimeQueries(_documents);
    }

    public Neo4jOptions Options => _executor.Options;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => Neo4jSchema.ApplyAsync(_executor, cancellationToken);

    public Task<IngestOutcome> IngestAsync(AnalyzedDocument document, CancellationToken cancellationToken = default) => _writer.IngestAsync(document, cancellationToken);

    public Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default) => _writer.DeleteAsync(documentId, cancellationToken);

    public Task<StoreStats> StatsAsync(CancellationToken cancellationToken = default) => _documents.StatsAsync(cancellationToken);

    public Task<Page<DocumentRecord>> DocumentsAsync(PageRequest page, CancellationToken cancellationToken = default) => _documents.PageAsync(page, cancellationToken);

    public Task<IReadOnlyList<DocumentRecord>> DocumentsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => _documents.ByIdAsync(ids, cancellationToken);

    public Task<IReadOnlyList<AuthorRecord>> AuthorsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) => _documents.AuthorsAsync(documentIds, cancellationToken);

    public Task<IReadOnlyList<NoteRecord>> NotesAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) => _documents.NotesAsync(documentIds, cancellationToken);

    public Task<IReadOnlyList<SentenceRecord>> SentencesByIdAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) => _documents.SentencesAsync(ids, cancellationToken);

    public Task<IReadOnlyList<SentenceRecord>> SentencesOfDocumentsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) => _documents.SentencesOfAsync(documentIds, cancellationToken);

    public Task<IReadOnlyList<MentionRecord>> MentionsAsync(string documentId, CancellationToken cancellationToken = default) => _documents.MentionsAsync(documentId, cancellationToken);

    public Task<IReadOnlyList<DocumentTextRecord>> OriginalTextsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) =>
        _documents.OriginalTextsAsync(documentIds, cancellationToken);

    public Task<IReadOnlyList<SentenceHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default) => _search.SearchAsync(text, limit, cancellationToken);

    public Task<IReadOnlyList<TitleReferenceRecord>> TitleReferencesAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) =>
        _time.TitleReferencesAsync(documentIds, cancellationToken);

    public Task<IReadOnlyList<MergeRecord>> MergedFromAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default) =>
        _time.MergedFromAsync(actorIds, cancellationToken);

    public Task<IReadOnlyList<TimelineRecord>> TimelineAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default) =>
        _time.TimelineAsync(actorIds, cancellationToken);

    public Task<IReadOnlyList<LinkRecord>> LinksForSentencesAsync(IReadOnlyCollection<long> sentenceIds, CancellationToken cancellationToken = default) => _documents.LinksForSentencesAsync(sentenceIds, cancellationToken);

    public Task<IReadOnlyList<LinkRecord>> LinksForDocumentsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) => _documents.LinksForDocumentsAsync(documentIds, cancellationToken);

    public Task<Page<ActorRecord>> ActorsAsync(ActorFilter filter, PageRequest page, CancellationToken cancellationToken = default) => _actors.PageAsync(filter, page, cancellationToken);

    public Task<IReadOnlyList<ActorRecord>> ActorsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => _actors.ByIdAsync(ids, cancellationToken);

    public Task<ActorRecord?> FindActorAsync(string idOrName, CancellationToken cancellationToken = default) => _actors.FindAsync(idOrName, cancellationToken);

    public Task<IReadOnlyList<AliasRecord>> AliasesAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default) => _actors.AliasesAsync(actorIds, cancellationToken);

    public Task<IReadOnlyList<RelationRecord>> RelationsAsync(IReadOnlyCollection<string> actorIds, int minClaims, CancellationToken cancellationToken = default) => _actors.RelationsAsync(actorIds, minClaims, cancellationToken);

    public Task<IReadOnlyList<RelationRecord>> RelationsAsync(IReadOnlyCollection<string> actorIds, int minClaims, ClaimSlice slice, CancellationToken cancellationToken = default) =>
        _actors.RelationsAsync(actorIds, minClaims, slice, cancellationToken);

    public Task<Page<ClaimRecord>> ClaimsAsync(ClaimFilter filter, PageRequest page, CancellationToken cancellationToken = default) => _claims.PageAsync(filter, page, cancellationToken);

    public Task<IReadOnlyList<ClaimRecord>> ClaimsByIdAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) => _claims.ByIdAsync(ids, cancellationToken);

    public Task<IReadOnlyList<ClaimRecord>> ClaimsInSentencesAsync(IReadOnlyCollection<long> sentenceIds, CancellationToken cancellationToken = default) => _claims.InSentencesAsync(sentenceIds, cancellationToken);

    public Task<ReviewRecord> ReviewClaimAsync(ReviewInput review, CancellationToken cancellationToken = default) => _reviews.AddAsync(review, cancellationToken);

    public Task<IReadOnlyList<ReviewRecord>> ReviewsAsync(IReadOnlyCollection<long> claimIds, CancellationToken cancellationToken = default) => _reviews.ForClaimsAsync(claimIds, cancellationToken);

    public Task<IReadOnlyList<ReviewRecord>> AllReviewsAsync(CancellationToken cancellationToken = default) => _reviews.AllAsync(cancellationToken);

    public ValueTask DisposeAsync()
    {
        _executor.Dispose();
        return ValueTask.CompletedTask;
    }
}
