using ClaimGraph.Core.Documents;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Sqlite.Tests.Network;

/// <summary>
/// The reads a network makes, answered by a SQLite store, with the network's hops left to <see cref="IGraphStore"/>'s
/// defaults (tallying relation rows), as a store without its own counting (Neo4j) builds networks.
/// </summary>
public sealed class RowsOnlyStore(IGraphStore inner) : IGraphStore
{
    public Task<ActorRecord?> FindActorAsync(string idOrName, CancellationToken cancellationToken = default) => inner.FindActorAsync(idOrName, cancellationToken);
    public Task<IReadOnlyList<ActorRecord>> ActorsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => inner.ActorsByIdAsync(ids, cancellationToken);
    public Task<IReadOnlyList<RelationRecord>> RelationsAsync(IReadOnlyCollection<string> actorIds, int minClaims, CancellationToken cancellationToken = default) =>
        inner.RelationsAsync(actorIds, minClaims, cancellationToken);
    public Task<IReadOnlyList<RelationRecord>> RelationsAsync(IReadOnlyCollection<string> actorIds, int minClaims, ClaimSlice slice, CancellationToken cancellationToken = default) =>
        inner.RelationsAsync(actorIds, minClaims, slice, cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    public Task InitializeAsync(CancellationToken cancellationToken = default) => NotRead();
    public Task<IngestOutcome> IngestAsync(AnalyzedDocument document, CancellationToken cancellationToken = default) => NotRead<IngestOutcome>();
    public Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default) => NotRead<bool>();
    public Task<StoreStats> StatsAsync(CancellationToken cancellationToken = default) => NotRead<StoreStats>();
    public Task<Page<DocumentRecord>> DocumentsAsync(PageRequest page, CancellationToken cancellationToken = default) => NotRead<Page<DocumentRecord>>();
    public Task<IReadOnlyList<DocumentRecord>> DocumentsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => NotRead<IReadOnlyList<DocumentRecord>>();
    public Task<IReadOnlyList<AuthorRecord>> AuthorsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) => NotRead<IReadOnlyList<AuthorRecord>>();
    public Task<IReadOnlyList<NoteRecord>> NotesAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) => NotRead<IReadOnlyList<NoteRecord>>();
    public Task<IReadOnlyList<SentenceRecord>> SentencesByIdAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) => NotRead<IReadOnlyList<SentenceRecord>>();
    public Task<IReadOnlyList<SentenceRecord>> SentencesOfDocumentsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) => NotRead<IReadOnlyList<SentenceRecord>>();
    public Task<IReadOnlyList<MentionRecord>> MentionsAsync(string documentId, CancellationToken cancellationToken = default) => NotRead<IReadOnlyList<MentionRecord>>();
    public Task<IReadOnlyList<DocumentTextRecord>> OriginalTextsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) => NotRead<IReadOnlyList<DocumentTextRecord>>();
    public Task<Page<ActorRecord>> ActorsAsync(ActorFilter filter, PageRequest page, CancellationToken cancellationToken = default) => NotRead<Page<ActorRecord>>();
    public Task<IReadOnlyList<AliasRecord>> AliasesAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default) => NotRead<IReadOnlyList<AliasRecord>>();
    public Task<Page<ClaimRecord>> ClaimsAsync(ClaimFilter filter, PageRequest page, CancellationToken cancellationToken = default) => NotRead<Page<ClaimRecord>>();
    public Task<IReadOnlyList<ClaimRecord>> ClaimsByIdAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default) => NotRead<IReadOnlyList<ClaimRecord>>();
    public Task<IReadOnlyList<ClaimRecord>> ClaimsInSentencesAsync(IReadOnlyCollection<long> sentenceIds, CancellationToken cancellationToken = default) => NotRead<IReadOnlyList<ClaimRecord>>();
    public Task<IReadOnlyList<LinkRecord>> LinksForSentencesAsync(IReadOnlyCollection<long> sentenceIds, CancellationToken cancellationToken = default) => NotRead<IReadOnlyList<LinkRecord>>();
    public Task<IReadOnlyList<LinkRecord>> LinksForDocumentsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) => NotRead<IReadOnlyList<LinkRecord>>();
    public Task<ReviewRecord> ReviewClaimAsync(ReviewInput review, CancellationToken cancellationToken = default) => NotRead<ReviewRecord>();
    public Task<IReadOnlyList<ReviewRecord>> ReviewsAsync(IReadOnlyCollection<long> claimIds, CancellationToken cancellationToken = default) => NotRead<IReadOnlyList<ReviewRecord>>();
    public Task<IReadOnlyList<ReviewRecord>> AllReviewsAsync(CancellationToken cancellationToken = default) => NotRead<IReadOnlyList<ReviewRecord>>();
    public Task<IReadOnlyList<SentenceHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default) => NotRead<IReadOnlyList<SentenceHit>>();

    private static Task NotRead() => throw new NotSupportedException("a network does not make this read");
    private static Task<T> NotRead<T>() => throw new NotSupportedException("a network does not make this read");
}
