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

    /// <summary>
    /// The documents in order, each as <see cref="IngestAsync(AnalyzedDocument, CancellationToken)"/> would store it after
    /// the ones before it. A store may write them in one transaction (then an error stores none of them); this default
    /// writes them one transaction each, so an error leaves the ones before it stored.
    /// </summary>
    async Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<AnalyzedDocument> documents, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<IngestOutcome>(documents.Count);
        foreach (var document in documents) outcomes.Add(await IngestAsync(document, cancellationToken));
        return outcomes;
    }

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

    /// <summary>
    /// The partners of each actor (other actors it has relations with, per direction) whose relations sum to at least
    /// <paramref name="minClaims"/> claims. This default groups <see cref="RelationsAsync(IReadOnlyCollection{string}, int, CancellationToken)"/>;
    /// a store that keeps the sums reads them instead.
    /// </summary>
    async Task<IReadOnlyList<PartnerRecord>> PartnersAsync(IReadOnlyCollection<string> actorIds, int minClaims, CancellationToken cancellationToken = default)
    {
        if (actorIds.Count == 0) return [];
        var rows = await RelationsAsync(actorIds, 1, cancellationToken);
        var groups = actorIds.Distinct().SelectMany(id => PartnerRecord.Group(id, rows, minClaims).Select(g => (ActorId: id, g.OtherId, g.Direction, g.Rows))).ToList();
        var others = (await ActorsByIdAsync(groups.Select(g => g.OtherId).Distinct().ToList(), cancellationToken)).ToDictionary(a => a.Id);
        return groups.Where(g => others.ContainsKey(g.OtherId)).Select(g => PartnerRecord.Of(g.ActorId, others[g.OtherId], g.Direction, g.Rows)).ToList();
    }

    /// <summary>
    /// The nodes one hop of a network reaches: every end, not seen before, of the wanted relations of the frontier
    /// (kept and cut), with the claims of its wanted relations to the kept frontier. This default tallies the frontier's
    /// relation rows; a store that can count in its own query language reads no rows.
    /// </summary>
    async Task<IReadOnlyList<NodeWeight>> NetworkReachAsync(NetworkStep step, CancellationToken cancellationToken = default)
    {
        if (step.Frontier.Count == 0) return [];
        var rows = await RelationsAsync(step.Frontier, step.Filter.MinClaims, step.Filter.Slice, cancellationToken);
        return NetworkReach.Tally(step, rows.Where(step.Filter.Wants));
    }

    /// <summary>
    /// The wanted relations with one end in <paramref name="keptFrontier"/> and the other in <paramref name="kept"/>,
    /// in the order the store reads relations (by source, target and predicate). This default filters the kept frontier's relation rows.
    /// </summary>
    async Task<IReadOnlyList<RelationRecord>> NetworkEdgesAsync(IReadOnlyCollection<string> keptFrontier, IReadOnlySet<string> kept, NetworkFilter filter, CancellationToken cancellationToken = default)
    {
        if (keptFrontier.Count == 0) return [];
        var rows = await RelationsAsync(keptFrontier, filter.MinClaims, filter.Slice, cancellationToken);
        return NetworkReach.Among(keptFrontier, kept, rows.Where(filter.Wants));
    }

    /// <summary>Stores an analyst's review of a claim; the claim itself is left as extracted.</summary>
    Task<ReviewRecord> ReviewClaimAsync(ReviewInput review, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<ReviewRecord>> ReviewsAsync(IReadOnlyCollection<long> claimIds, CancellationToken cancellationToken = default);

    /// <summary>Every review, oldest first, for training.</summary>
    Task<IReadOnlyList<ReviewRecord>> AllReviewsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SentenceHit>> SearchAsync(string text, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// A value that changes whenever anything the store holds changes, whoever wrote it (this process or another on
    /// the same store); null when the store cannot tell, and then nothing read from it may be cached.
    /// </summary>
    Task<long?> VersionAsync(CancellationToken cancellationToken = default) => Task.FromResult<long?>(null);

    // Actors in time. Defaults keep a store that does not keep title references answering (with none); a store
    // overrides them with its own queries.

    /// <summary>Office titles in these documents read as their holders.</summary>
    Task<IReadOnlyList<TitleReferenceRecord>> TitleReferencesAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<TitleReferenceRecord>>([]);

    /// <summary>How each of these actors was named, and by which rule each name was tied to it.</summary>
    async Task<IReadOnlyList<MergeRecord>> MergedFromAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default) =>
        (await AliasesAsync(actorIds, cancellationToken)).Select(a => new MergeRecord(a.ActorId, a.Alias, "alias", a.Count)).ToList();

    /// <summary>Per actor and year of claim time: claims in which it is subject or object, and their weights.</summary>
    async Task<IReadOnlyList<TimelineRecord>> TimelineAsync(IReadOnlyCollection<string> actorIds, CancellationToken cancellationToken = default)
    {
        var rows = new List<TimelineRecord>();
        foreach (var actorId in actorIds)
        {
            var claims = new List<ClaimRecord>();
            for (string? after = null; ;)
            {
                var page = await ClaimsAsync(new ClaimFilter { ActorId = actorId }, new PageRequest(100, after), cancellationToken);
                claims.AddRange(page.Items);
                if (!page.HasNextPage || page.Items.Count == 0) break;
                after = Cursor.Encode(page.Items[^1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            rows.AddRange(claims.Where(c => c.Time is not null).GroupBy(c => c.Time!.Year).OrderBy(g => g.Key)
                .Select(g => new TimelineRecord(actorId, g.Key, g.Count(), g.Sum(c => c.Cooperation), g.Sum(c => c.Conflict))));
        }
        return rows;
    }
}
