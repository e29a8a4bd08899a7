using ClaimGraph.Core.Documents;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;
using ClaimGraph.Storage.Contract.Skipping;
using ClaimGraph.Storage.Contract.Support;

namespace ClaimGraph.Storage.Contract.Stores;

/// <summary>
/// What every <see cref="IGraphStore"/> must do, whatever it is built on. A store's test class derives from this
/// and hands over a fresh, empty store for each test (xUnit makes one instance per test); the SQLite store uses a
/// temporary file, the Neo4j store a database emptied first. Nothing here knows which store it talks to.
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    protected IGraphStore Store { get; private set; } = null!;

    /// <summary>A store no other test uses, empty and not yet initialized.</summary>
    protected abstract Task<IGraphStore> CreateEmptyStoreAsync();

    /// <summary>The original text the store holds for a document, read behind the interface's back.</summary>
    protected abstract Task<string?> StoredOriginalTextAsync(string documentId);

    /// <summary>Removes whatever <see cref="CreateEmptyStore"/> made, after the store was disposed.</summary>
    protected abstract Task DestroyStoreAsync();

    public async Task InitializeAsync()
    {
        Store = await CreateEmptyStoreAsync();
        await Store.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await Store.DisposeAsync();
        await DestroyStoreAsync();
    }

    protected Task<IngestOutcome> IngestAsync(AnalyzedDocument document) => Store.IngestAsync(document);

    protected async Task<List<ClaimRecord>> AllClaimsAsync(ClaimFilter filter)
    {
        var claims = new List<ClaimRecord>();
        string? after = null;
        while (true)
        {
            var page = await Store.ClaimsAsync(filter, new PageRequest(PageRequest.MaxPageSize, after));
            claims.AddRange(page.Items);
            if (!page.HasNextPage) return claims;
            after = Cursor.Encode(page.Items[^1].Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static StoreStats StatsOf(params AnalyzedDocument[] documents) => new(
        documents.Length,
        documents.Sum(d => d.Sentences.Count),
        documents.Sum(d => d.Mentions.Count),
        documents.Sum(d => d.Claims.Count),
        documents.SelectMany(d => d.Mentions).Select(m => m.Actor!.Key).Distinct().Count(),
        documents.SelectMany(d => d.Claims.Where(c => c.Object is not null).Select(c => (d.SubjectOf(c), d.ObjectOf(c), c.Predicate, c.Negated))).Distinct().Count());

    [StoreFact]
    public async Task an_empty_store_holds_nothing()
    {
        Assert.Equal(new StoreStats(0, 0, 0, 0, 0, 0), await Store.StatsAsync());
        Assert.Empty((await Store.DocumentsAsync(new PageRequest(10, null))).Items);
        Assert.Empty(await Store.SearchAsync("印太战略", 10));
    }

    [StoreFact]
    public async Task ingesting_a_document_stores_its_sentences_mentions_claims_actors_and_relations()
    {
        var document = TestDocuments.Sample();

        var outcome = await IngestAsync(document);

        Assert.Equal(new IngestOutcome(document.Id, IngestStatus.Inserted, document.Sentences.Count, document.Mentions.Count, document.Claims.Count), outcome);
        Assert.True(document.Claims.Count > 5, $"the sample should make several claims, not {document.Claims.Count}");
        Assert.Equal(StatsOf(document), await Store.StatsAsync());
    }

    [StoreFact]
    public async Task ingesting_the_same_text_again_changes_nothing()
    {
        var document = TestDocuments.Sample();
        await IngestAsync(document);
        var stats = await Store.StatsAsync();
        var stored = Assert.Single((await Store.DocumentsAsync(new PageRequest(10, null))).Items);

        var again = await IngestAsync(TestDocuments.Sample());

        Assert.Equal(IngestStatus.Unchanged, again.Status);
        Assert.Equal(document.Id, again.DocumentId);
        Assert.Equal(stats, await Store.StatsAsync());
        Assert.Equal(stored, Assert.Single((await Store.DocumentsAsync(new PageRequest(10, null))).Items));
    }

    [StoreFact]
    public async Task ingesting_a_changed_text_under_the_same_name_replaces_the_old_document()
    {
        var old = TestDocuments.Analyze("same-name.txt", "2017 年，美国与日本合作。美国与日本合作。");
        var changed = TestDocuments.Analyze("same-name.txt", "中国反对美国的制裁。");
        await IngestAsync(old);
        Assert.NotEmpty(await AllClaimsAsync(new ClaimFilter { DocumentId = old.Id }));

        var outcome = await IngestAsync(changed);

        Assert.Equal(IngestStatus.Replaced, outcome.Status);
        Assert.Equal(changed.Id, outcome.DocumentId);
        Assert.Empty(await Store.DocumentsByIdAsync([old.Id]));
        Assert.Empty(await AllClaimsAsync(new ClaimFilter { DocumentId = old.Id }));
        Assert.Empty(await AllClaimsAsync(new ClaimFilter { Object = "日本" }));
        Assert.Equal(changed.Claims.Count, (await AllClaimsAsync(new ClaimFilter())).Count);
        Assert.DoesNotContain(await Store.RelationsAsync(["COUNTRY:日本"], 1), r => r.SourceId == "COUNTRY:美国");
        var stats = await Store.StatsAsync();
        Assert.Equal((1, changed.Sentences.Count, changed.Mentions.Count, changed.Claims.Count), (stats.Documents, stats.Sentences, stats.Mentions, stats.Claims));
    }

    [StoreFact]
    public async Task replacing_a_document_takes_its_old_sentences_out_of_search()
    {
        await IngestAsync(TestDocuments.Analyze("same-name.txt", "美国押注美英澳安全协议。"));
        Assert.NotEmpty(await Store.SearchAsync("美英澳安全协议", 10));

        await IngestAsync(TestDocuments.Analyze("same-name.txt", "中国反对美国的制裁。"));

        Assert.Empty(await Store.SearchAsync("美英澳安全协议", 10));
        Assert.Single(await Store.SearchAsync("反对美国", 10));
    }

    [StoreFact]
    public async Task deleting_a_document_recomputes_the_relations_its_claims_made()
    {
        var first = TestDocuments.Analyze("first.txt", "美国与日本合作。");
        var second = TestDocuments.Analyze("second.txt", "2019 年，美国同日本合作。");
        await IngestAsync(first);
        await IngestAsync(second);
        Assert.Equal(2, CooperationOf(await Store.RelationsAsync(["COUNTRY:美国"], 1))?.Claims);

        Assert.True(await Store.DeleteDocumentAsync(second.Id));

        var relation = CooperationOf(await Store.RelationsAsync(["COUNTRY:美国"], 1));
        Assert.NotNull(relation);
        Assert.Equal(1, relation.Claims);
        Assert.Null(relation.FirstYear);
        Assert.Equal(StatsOf(first).Relations, (await Store.StatsAsync()).Relations);

        Assert.True(await Store.DeleteDocumentAsync(first.Id));

        Assert.Null(CooperationOf(await Store.RelationsAsync(["COUNTRY:美国"], 1)));
        var stats = await Store.StatsAsync();
        Assert.Equal((0, 0, 0, 0, 0), (stats.Documents, stats.Sentences, stats.Mentions, stats.Claims, stats.Relations));

        static RelationRecord? CooperationOf(IReadOnlyList<RelationRecord> relations) =>
            relations.SingleOrDefault(r => r is { SourceId: "COUNTRY:美国", TargetId: "COUNTRY:日本", Predicate: "COOPERATES" });
    }

    [StoreFact]
    public async Task deleting_a_document_the_store_does_not_hold_returns_false_and_changes_nothing()
    {
        await IngestAsync(TestDocuments.Sample());
        var stats = await Store.StatsAsync();

        Assert.False(await Store.DeleteDocumentAsync("0123456789abcdef"));
        Assert.Equal(stats, await Store.StatsAsync());
    }

    [StoreFact]
    public async Task a_relation_counts_its_claims_weights_and_years()
    {
        var document = TestDocuments.Analyze("years.txt", "2017 年，美国与日本合作。2021 年，美国同日本合作。美国与日本合作。");
        await IngestAsync(document);

        var relation = Assert.Single(await Store.RelationsAsync(["COUNTRY:日本"], 1), r => r.Predicate == "COOPERATES");

        Assert.Equal(("COUNTRY:美国", "COUNTRY:日本", 3), (relation.SourceId, relation.TargetId, relation.Claims));
        Assert.Equal((2017, 2021), (relation.FirstYear, relation.LastYear));
        Assert.Equal(document.Claims.Sum(c => c.Cooperation), relation.Cooperation, 6);
        Assert.Empty(await Store.RelationsAsync(["COUNTRY:日本"], 4));
    }

    [StoreFact]
    public async Task ingesting_documents_at_the_same_time_stores_them_all()
    {
        var documents = Enumerable.Range(0, 6).Select(i => TestDocuments.Analyze($"parallel-{i}.txt", $"{2010 + i} 年，美国与日本合作。中国反对美国的制裁。")).ToArray();

        var outcomes = await Task.WhenAll(documents.Select(d => Task.Run(() => Store.IngestAsync(d))));

        Assert.All(outcomes, o => Assert.Equal(IngestStatus.Inserted, o.Status));
        Assert.Equal(StatsOf(documents), await Store.StatsAsync());
        var relation = Assert.Single(await Store.RelationsAsync(["COUNTRY:日本"], 1), r => r.Predicate == "COOPERATES");
        Assert.Equal((6, 2010, 2015), (relation.Claims, relation.FirstYear, relation.LastYear));
    }

    [StoreFact]
    public async Task stores_the_authors_notes_and_argument_links_of_a_document()
    {
        var document = TestDocuments.Corpus("000_7f31d1b3d6251144.txt");
        await IngestAsync(document);

        var authors = await Store.AuthorsAsync([document.Id]);
        Assert.Equal(document.Authors.Select(a => a.Name), authors.Select(a => a.Name));
        Assert.Contains(authors, a => a is { Name: "朱锋", Affiliation: "南京大学国际关系研究院", Role: "教授" });
        var notes = await Store.NotesAsync([document.Id]);
        Assert.Equal(document.Notes.Select(n => (n.Marker, n.Text, n.Original.Start, n.Original.End)), notes.Select(n => (n.Marker, n.Text, n.Start, n.End)));
        var links = await Store.LinksForDocumentsAsync([document.Id]);
        Assert.Equal(document.Links.Count, links.Count);
        Assert.Contains(links, l => l.Kind == "SUPPORTS" && l.FromText.StartsWith("由于", StringComparison.Ordinal));
    }

    [StoreFact]
    public async Task every_stored_mention_s_offsets_select_its_surface_in_the_stored_original_text()
    {
        foreach (var document in TestDocuments.AllCorpus) await IngestAsync(document);

        foreach (var document in TestDocuments.AllCorpus)
        {
            var original = await StoredOriginalTextAsync(document.Id);
            Assert.Equal(document.Original, original);
            var mentions = await Store.MentionsAsync(document.Id);
            Assert.Equal(document.Mentions.Count, mentions.Count);
            var wrong = mentions.Where(m => m.Start < 0 || m.End > original!.Length || m.Start >= m.End || original[m.Start..m.End] != m.Surface).ToList();
            Assert.True(wrong.Count == 0, $"{document.Input.Name}: {string.Join("; ", wrong.Take(5))}");
            Assert.Equal(document.Mentions.Select(m => m.Text).Order(StringComparer.Ordinal), mentions.Select(m => m.Text).Order(StringComparer.Ordinal));
        }
    }

    [StoreFact]
    public async Task stored_claims_point_at_their_subject_object_and_cue_in_the_original_text()
    {
        var document = TestDocuments.Corpus("001_ae334e4762760cfe.txt");
        await IngestAsync(document);
        var original = document.Original;

        var claims = await AllClaimsAsync(new ClaimFilter { DocumentId = document.Id });

        Assert.Equal(document.Claims.Count, claims.Count);
        Assert.All(claims, c =>
        {
            Assert.Equal(Spelled(c.SubjectText), Spelled(original[c.SubjectStart..c.SubjectEnd]));
            if (c.ObjectText is not null) Assert.Equal(Spelled(c.ObjectText), Spelled(original[c.ObjectStart!.Value..c.ObjectEnd!.Value]));
            Assert.Equal(Spelled(c.Cue), Spelled(original[c.CueStart..c.CueEnd]));
        });

        static string Spelled(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));
    }
}
