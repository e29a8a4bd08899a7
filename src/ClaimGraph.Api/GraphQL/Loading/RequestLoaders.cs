using ClaimGraph.Storage;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Api.GraphQL.Loading;

/// <summary>The batching loaders of one GraphQL request (created per request, so nothing is cached across requests).</summary>
public sealed class RequestLoaders(IGraphStore store)
{
    public IGraphStore Store => store;

    public BatchLoader<string, ActorRecord> Actors { get; } = new(async (ids, ct) =>
        (await store.ActorsByIdAsync(ids, ct)).ToDictionary(a => a.Id));

    public BatchLoader<string, DocumentRecord> Documents { get; } = new(async (ids, ct) =>
        (await store.DocumentsByIdAsync(ids, ct)).ToDictionary(d => d.Id));

    public BatchLoader<string, string> OriginalTexts { get; } = new(async (ids, ct) =>
        (await store.OriginalTextsAsync(ids, ct)).ToDictionary(d => d.DocumentId, d => d.OriginalText));

    public BatchLoader<long, SentenceRecord> Sentences { get; } = new(async (ids, ct) =>
        (await store.SentencesByIdAsync(ids, ct)).ToDictionary(s => s.Id));

    public BatchLoader<long, ClaimRecord> Claims { get; } = new(async (ids, ct) =>
        (await store.ClaimsByIdAsync(ids, ct)).ToDictionary(c => c.Id));

    public BatchLoader<string, IReadOnlyList<AliasRecord>> Aliases { get; } = new(async (ids, ct) =>
        Group(await store.AliasesAsync(ids, ct), a => a.ActorId, ids));

    public BatchLoader<string, IReadOnlyList<MergeRecord>> MergedFrom { get; } = new(async (ids, ct) =>
        Group(await store.MergedFromAsync(ids, ct), m => m.ActorId, ids));

    public BatchLoader<string, IReadOnlyList<TimelineRecord>> Timeline { get; } = new(async (ids, ct) =>
        Group(await store.TimelineAsync(ids, ct), t => t.ActorId, ids));

    public BatchLoader<string, IReadOnlyList<TitleReferenceRecord>> TitleReferences { get; } = new(async (ids, ct) =>
        Group(await store.TitleReferencesAsync(ids, ct), t => t.DocumentId, ids));

    public BatchLoader<string, IReadOnlyList<AuthorRecord>> Authors { get; } = new(async (ids, ct) =>
        Group(await store.AuthorsAsync(ids, ct), a => a.DocumentId, ids));

    public BatchLoader<string, IReadOnlyList<NoteRecord>> Notes { get; } = new(async (ids, ct) =>
        Group(await store.NotesAsync(ids, ct), n => n.DocumentId, ids));

    public BatchLoader<long, IReadOnlyList<ClaimRecord>> ClaimsInSentence { get; } = new(async (ids, ct) =>
        Group(await store.ClaimsInSentencesAsync(ids, ct), c => c.SentenceId, ids));

    public BatchLoader<long, IReadOnlyList<LinkRecord>> LinksOfSentence { get; } = new(async (ids, ct) =>
    {
        var links = await store.LinksForSentencesAsync(ids, ct);
        return ids.ToDictionary(id => id, id => (IReadOnlyList<LinkRecord>)links.Where(l => l.FromSentenceId == id || l.ToSentenceId == id).ToList());
    });

    public BatchLoader<long, IReadOnlyList<ReviewRecord>> ReviewsOfClaim { get; } = new(async (ids, ct) =>
        Group(await store.ReviewsAsync(ids, ct), r => r.ClaimId, ids));

    public BatchLoader<string, IReadOnlyList<LinkRecord>> LinksOfDocument { get; } = new(async (ids, ct) =>
        Group(await store.LinksForDocumentsAsync(ids, ct), l => l.DocumentId, ids));

    /// <summary>Relations of each actor, all of them; callers filter by claim count.</summary>
    public BatchLoader<string, IReadOnlyList<RelationRecord>> Relations { get; } = new(async (ids, ct) =>
    {
        var relations = await store.RelationsAsync(ids, 1, ct);
        return ids.ToDictionary(id => id, id => (IReadOnlyList<RelationRecord>)relations.Where(r => r.SourceId == id || r.TargetId == id).ToList());
    });

    /// <summary>Partners of each actor with at least so many claims: one store read per distinct minimum.</summary>
    public BatchLoader<(string ActorId, int MinClaims), IReadOnlyList<PartnerRecord>> Partners { get; } = new(async (keys, ct) =>
    {
        var found = new Dictionary<(string, int), IReadOnlyList<PartnerRecord>>();
        foreach (var byMinimum in keys.GroupBy(k => k.MinClaims))
        {
            var ids = byMinimum.Select(k => k.ActorId).Distinct().ToList();
            var partners = (await store.PartnersAsync(ids, byMinimum.Key, ct)).ToLookup(p => p.ActorId);
            foreach (var id in ids) found[(id, byMinimum.Key)] = partners[id].ToList();
        }
        return found;
    });

    private static IReadOnlyDictionary<TKey, IReadOnlyList<T>> Group<TKey, T>(IEnumerable<T> rows, Func<T, TKey> key, IEnumerable<TKey> ids) where TKey : notnull
    {
        var lookup = rows.ToLookup(key);
        return ids.Distinct().ToDictionary(id => id, id => (IReadOnlyList<T>)lookup[id].ToList());
    }
}
