using ClaimGraph.Core.Documents;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage;

/// <summary>
/// The graph of documents, actors, claims and relations. Every store (embedded SQLite, Neo4j) answers the
/// same way; list reads take a set of ids so the API can batch them.
/// </summary>
public interface IGraphStore : IAsyncDisposable
{
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>One transaction per document: the same text again changes nothing; a changed text under the same name replaces it.</summary>
    Task<IngestOutcome> IngestAsync(AnalyzedDocument document, CancellationToken cancellationToken = default);

    Task<bool> DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default);

    Task<StoreStats> StatsAsync(CancellationToken cancellationToken = default);

    Task<Page<DocumentRecord>> DocumentsAsync(PageRequest page, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<DocumentRecord>> DocumentsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<AuthorRecord>> AuthorsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<NoteRecord>> NotesAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<SentenceRecord>> SentencesByIdAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default);

    /// <summary>Every sentence of these documents, by document and then in reading order.</summary>
    Task<IReadOnlyList<SentenceRecord>> SentencesOfDocumentsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<MentionRecord>> MentionsAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>The original texts of these documents, which every stored offset indexes.</summary>
    Task<IReadOnlyList<DocumentTextRecord>> OriginalTextsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default);

    Task<Page<ActorRecord>> ActorsAsync(ActorFilter filter, PageRequest page, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ActorRecord>> ActorsByIdAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>The actor with this id, or whose name or any alias is exactly this text.</summary>
    Task<ActorRecord?> FindActorAsync(string idOrName, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<AliasRecord>> AliasesAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default);

    Task<Page<ClaimRecord>> ClaimsAsync(ClaimFilter filter, PageRequest page, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ClaimRecord>> ClaimsByIdAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ClaimRecord>> ClaimsInSentencesAsync(IReadOnlyCollection<long> sentenceIds, CancellationToken cancellationToken = default);

    /// <summary>Argument links touching these sentences, either end.</summary>
    Task<IReadOnlyList<LinkRecord>> LinksForSentencesAsync(IReadOnlyCollection<long> sentenceIds, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<LinkRecord>> LinksForDocumentsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default);

    /// <summary>Relations in which these actors are source or target; with no ids, the strongest relations overall.</summary>
    Task<IReadOnlyList<RelationRecord>> RelationsAsync(IReadOnlyCollection<string> actorIds, int minClaims, CancellationToken cancellationToken = default);

    /// <summary>
    /// Relations as <see cref="RelationsAsync(IReadOnlyCollection{string}, int, CancellationToken)"/> gives them, but counted
    /// afresh from only the claims in the slice (a modality, a year range, a document).
    /// </summary>
    Task<IReadOnlyList<RelationRecord>> RelationsAsync(IReadOnlyCollection<string> actorIds, int minClaims, ClaimSlice slice, CancellationToken cancellationToken = default);

    /// <summary>Stores an analyst's review of a claim; the claim itself is left as extracted.</summary>
    Task<ReviewRecord> ReviewClaimAsync(ReviewInput review, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ReviewRecord>> ReviewsAsync(IReadOnlyCollection<long> claimIds, CancellationToken cancellationToken = default);

    /// <summary>Every review, oldest first, for training.</summary>
    Task<IReadOnlyList<ReviewRecord>> AllReviewsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SentenceHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default);
}
