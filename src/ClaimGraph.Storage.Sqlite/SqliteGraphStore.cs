using ClaimGraph.Core.Documents;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>The embedded default store: one SQLite file, no server.</summary>
public sealed class SqliteGraphStore : IGraphStore
{
    private readonly SqliteDatabase _database;
    private readonly SqliteDocumentWriter _writer;
    private readonly SqliteClaimQueries _claims;
    private readonly SqliteActorQueries _actors;
    private readonly SqliteSlicedRelationQueries _slicedRelations;
    private readonly SqliteNetworkQueries _network;
    private readonly SqliteDocumentQueries _documents;
    private readonly SqliteReviewStore _reviews;
    private readonly SqliteTimeQueries _time;
    private readonly SqliteStoreVersion _version;

    public SqliteGraphStore(string path)
    {
        _database = new SqliteDatabase(path);
        _writer = new SqliteDocumentWriter(_database);
        _claims = new SqliteClaimQueries(_database);
        _actors = new SqliteActorQueries(_database);
        _slicedRelations = new SqliteSlicedRelationQueries(_database);
        _network = new SqliteNetworkQueries(_database);
        _documents = new SqliteDocumentQueries(_database);
        _reviews = new SqliteReviewStore(_database);
        _time = new SqliteTimeQueries(_database);
        _version = new SqliteStoreVersion(_database);
    }

    public string Path => _database.Path;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => _database.ApplySchemaAsync(cancellationToken);

    public Task<long?> VersionAsync(CancellationToken cancellationToken = default) => Task.FromResult(_version.Current());

    public Task<IngestOutcome> IngestAsync(AnalyzedDocument document, CancellationToken cancellationToken = default) => _writer.IngestAsync(document, cancellationToken);

    /// <summary>The documents in one transaction: all of them stored, or none.</summary>
    public Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<AnalyzedDocument> documents, CancellationToken cancellationToken = default) =>
        _writer.IngestAsync(documents, cancellationToken);

    public Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default) => _writer.DeleteAsync(documentId, cancellationToken);

    public Task<StoreStats> StatsAsync(CancellationToken cancellationToken = default) => _documents.StatsAsync(cancellationToken);

    public Task<Page<DocumentRecord>> DocumentsAsync(PageRequest page, CancellationToken cancellationToken = default) => _documents.PageAsync(page, cancellationToken);

    public Task<IReadOnlyList<DocumentRecord>> DocumentsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => _documents.ByIdAsync(ids, cancellationToken);

    public Task<IReadOnlyList<AuthorRecord>> AuthorsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) => _documents.AuthorsAsync(documentIds, cancellationToken);

    public Task<IReadOnlyList<NoteRecord>> NotesAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) => _documents.NotesAsync(documentIds, cancellationToken);

    public Task<IReadOnlyList<SentenceRecord>> SentencesByIdAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) => _documents.SentencesAsync(ids, cancellationToken);

    public Task<IReadOnlyList<SentenceRecord>> SentencesOfDocumentsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) => _documents.SentencesOfAsync(documentIds, cancellationToken);

    public Task<IReadOnlyList<MentionRecord>> MentionsAsync(string documentId, CancellationToken cancellationToken = default) => _documents.MentionsAsync(documentId, cancellationToken);

    public Task<IReadOnlyList<DocumentTextRecord>> OriginalTextsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) => _documents.OriginalTextsAsync(documentIds, cancellationToken);

    public Task<IReadOnlyList<SentenceHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default) => _documents.SearchAsync(text, limit, cancellationToken);

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

    public Task<IReadOnlyList<PartnerRecord>> PartnersAsync(IReadOnlyCollection<string> actorIds, int minClaims, CancellationToken cancellationToken = default) => _actors.PartnersAsync(actorIds, minClaims, cancellationToken);

    public Task<IReadOnlyList<RelationRecord>> RelationsAsync(IReadOnlyCollection<string> actorIds, int minClaims, ClaimSlice slice, CancellationToken cancellationToken = default) =>
        slice.IsAll ? _actors.RelationsAsync(actorIds, minClaims, cancellationToken) : _slicedRelations.RelationsAsync(actorIds, minClaims, slice, cancellationToken);

    public Task<IReadOnlyList<NodeWeight>> NetworkReachAsync(NetworkStep step, CancellationToken cancellationToken = default) => _network.ReachAsync(step, cancellationToken);

    public async Task<IReadOnlyList<RelationRecord>> NetworkEdgesAsync(IReadOnlyCollection<string> keptFrontier, IReadOnlySet<string> kept, NetworkFilter filter, CancellationToken cancellationToken = default) =>
        filter.Slice.IsAll || keptFrontier.Count == 0
            ? await _network.EdgesAsync(keptFrontier, kept, filter, cancellationToken)
            : NetworkReach.Among(keptFrontier, kept, (await _slicedRelations.RelationsAsync(keptFrontier, filter.MinClaims, filter.Slice, cancellationToken)).Where(filter.Wants));

    public Task<Page<ClaimRecord>> ClaimsAsync(ClaimFilter filter, PageRequest page, CancellationToken cancellationToken = default) => _claims.PageAsync(filter, page, cancellationToken);

    public Task<IReadOnlyList<ClaimRecord>> ClaimsByIdAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) => _claims.ByIdAsync(ids, cancellationToken);

    public Task<IReadOnlyList<ClaimRecord>> ClaimsInSentencesAsync(IReadOnlyCollection<long> sentenceIds, CancellationToken cancellationToken = default) => _claims.InSentencesAsync(sentenceIds, cancellationToken);

    public Task<ReviewRecord> ReviewClaimAsync(ReviewInput review, CancellationToken cancellationToken = default) => _reviews.AddAsync(review, cancellationToken);

    public Task<IReadOnlyList<ReviewRecord>> ReviewsAsync(IReadOnlyCollection<long> claimIds, CancellationToken cancellationToken = default) => _reviews.ForClaimsAsync(claimIds, cancellationToken);

    public Task<IReadOnlyList<ReviewRecord>> AllReviewsAsync(CancellationToken cancellationToken = default) => _reviews.AllAsync(cancellationToken);

    /// <summary>Closes the writer's connection and lets go of the pooled ones, so the database and its WAL files are closed.</summary>
    public ValueTask DisposeAsync()
    {
        _writer.Dispose();
        _version.Dispose();
        _database.ClearPool();
        return ValueTask.CompletedTask;
    }
}
