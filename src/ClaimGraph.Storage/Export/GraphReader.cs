using ClaimGraph.Core.Actors;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Export;

/// <summary>
/// Reads the whole graph out of any store through <see cref="IGraphStore"/>, page by page, in a stable order; with a
/// <paramref name="directory"/>, also the administration links the reference data draws between exported actors.
/// </summary>
public sealed class GraphReader(IGraphStore store, IActorDirectory? directory = null)
{
    private const int PageSize = 1000;
    private const int Batch = 200;

    public async Task<ExportedGraph> ReadAsync(CancellationToken ct)
    {
        var documents = await AllAsync<DocumentRecord>((after, c) => store.DocumentsAsync(new PageRequest(PageSize, after), c), d => d.Name, ct);
        var ids = documents.Select(d => d.Id).ToList();
        var sentences = await BatchedAsync(ids, store.SentencesOfDocumentsAsync, ct);
        var actors = await AllAsync<ActorRecord>((after, c) => store.ActorsAsync(new ActorFilter(), new PageRequest(PageSize, after), c), a => a.Id, ct);
        var claims = await AllAsync<ClaimRecord>((after, c) => store.ClaimsAsync(new ClaimFilter(), new PageRequest(PageSize, after), c), c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        var links = await BatchedAsync(ids, store.LinksForDocumentsAsync, ct);
        var titles = await BatchedAsync(ids, store.TitleReferencesAsync, ct);
        var relations = (await BatchedAsync(actors.Select(a => a.Id).ToList(), (batch, c) => store.RelationsAsync(batch, 1, c), ct))
            .DistinctBy(r => (r.SourceId, r.TargetId, r.Predicate, r.Negated))
            .OrderBy(r => r.SourceId, StringComparer.Ordinal).ThenBy(r => r.TargetId, StringComparer.Ordinal).ThenBy(r => r.Predicate, StringComparer.Ordinal).ThenBy(r => r.Negated)
            .ToList();

        var nodes = new Dictionary<string, ExportNode>();
        foreach (var d in documents) Add(nodes, ExportNodes.Document(d));
        foreach (var s in sentences) Add(nodes, ExportNodes.Sentence(s));
        foreach (var a in actors) Add(nodes, ExportNodes.Actor(a));
        foreach (var c in claims) Add(nodes, ExportNodes.Claim(c));
        foreach (var t in titles) Add(nodes, ExportNodes.TitleReference(t));

        var edges = new List<ExportEdge>();
        foreach (var s in sentences) edges.Add(ExportNodes.Edge(nodes, ExportNodes.DocumentKey(s.DocumentId), ExportNodes.SentenceKey(s.Id), "HAS_SENTENCE"));
        foreach (var c in claims)
        {
            edges.Add(ExportNodes.Edge(nodes, ExportNodes.ClaimKey(c.Id), ExportNodes.SentenceKey(c.SentenceId), "IN"));
            edges.Add(ExportNodes.Edge(nodes, ExportNodes.ClaimKey(c.Id), c.SubjectId, "SUBJECT"));
            if (c.ObjectId is { } o) edges.Add(ExportNodes.Edge(nodes, ExportNodes.ClaimKey(c.Id), o, "OBJECT"));
            if (c.SourceId is { } s) edges.Add(ExportNodes.Edge(nodes, ExportNodes.ClaimKey(c.Id), s, "ASSERTED_BY"));
        }
        foreach (var t in titles) edges.Add(ExportNodes.Edge(nodes, ExportNodes.TitleReferenceKey(t.DocumentId, t.Start), ExportNodes.SentenceKey(t.SentenceId), "IN"));
        edges.AddRange(ArgumentEdges(nodes, links, claims));
        edges.AddRange(relations.Select(r => ExportNodes.Relation(nodes, r)));
        if (directory is not null) edges.AddRange(AdministrationEdges.Among(nodes, directory));
        return new ExportedGraph(nodes.Values.ToList(), edges);
    }

    /// <summary>Claim → claim, for every claim in a link's first unit and every claim in its second (as the API's arguments field reads them).</summary>
    private static IEnumerable<ExportEdge> ArgumentEdges(Dictionary<string, ExportNode> nodes, IReadOnlyList<LinkRecord> links, IReadOnlyList<ClaimRecord> claims)
    {
        var bySentence = claims.ToLookup(c => c.SentenceId);
        foreach (var link in links)
            foreach (var from in bySentence[link.FromSentenceId].Where(c => ArgumentUnits.HoldsCue(link.FromSentenceId, link.FromStart, link.FromEnd, c.SentenceId, c.CueStart)))
                foreach (var to in bySentence[link.ToSentenceId].Where(c => ArgumentUnits.HoldsCue(link.ToSentenceId, link.ToStart, link.ToEnd, c.SentenceId, c.CueStart)))
                    yield return ExportNodes.Edge(nodes, ExportNodes.ClaimKey(from.Id), ExportNodes.ClaimKey(to.Id), link.Kind,
                        new Dictionary<string, object?> { ["link"] = link.Id, ["cue"] = link.Cue });
    }

    private static void Add(Dictionary<string, ExportNode> nodes, ExportNode node) => nodes[node.Key] = node;

    private static async Task<List<T>> AllAsync<T>(Func<string?, CancellationToken, Task<Page<T>>> page, Func<T, string> key, CancellationToken ct)
    {
        var items = new List<T>();
        for (string? after = null; ;)
        {
            var next = await page(after, ct);
            items.AddRange(next.Items);
            if (!next.HasNextPage || next.Items.Count == 0) return items;
            after = Cursor.Encode(key(next.Items[^1]));
        }
    }

    private static async Task<List<T>> BatchedAsync<TId, T>(IReadOnlyList<TId> ids, Func<IReadOnlyCollection<TId>, CancellationToken, Task<IReadOnlyList<T>>> read, CancellationToken ct)
    {
        var items = new List<T>();
        for (var i = 0; i < ids.Count; i += Batch)
            items.AddRange(await read(ids.Skip(i).Take(Batch).ToList(), ct));
        return items;
    }
}
