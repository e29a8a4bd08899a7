using ClaimGraph.Core.Documents;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;
using ClaimGraph.Storage.Contract.Skipping;
using ClaimGraph.Storage.Contract.Support;

namespace ClaimGraph.Storage.Contract.Stores;

/// <summary>
/// Text that means something to SQL, Cypher or FTS5 is stored and matched as the characters it is, in every
/// filter and in ingested text.
/// </summary>
public abstract partial class GraphStoreContract
{
    public static TheoryData<string> Hostile =>
    [
        "' OR 1=1 --",
        "\"}) DETACH DELETE n //",
        "`actors`; DROP TABLE claims; --",
        "$p0",
        "?",
        "NEAR(美国 日本)",
        "NEAR(",
        "AND",
        "*",
        "日本*",
        "\"",
        "美国\" OR \"日本",
        "100%_",
        "MATCH (n) RETURN n",
        "$",
        "$name",
        "${text}",
        "'",
        "\\'",
        "`",
        "'}) MATCH (n) DETACH DELETE n //",
    ];

    /// <summary>A control document, and one that says the hostile text inside a sentence with a claim.</summary>
    private async Task<(AnalyzedDocument Control, AnalyzedDocument Hostile)> IngestHostileAsync(string hostile)
    {
        var control = TestDocuments.Analyze("control.txt", "日本与澳大利亚合作。中国反对美国的制裁。");
        var document = TestDocuments.Analyze($"hostile {hostile}.txt", $"美国与日本合作，并称{hostile}。");
        Assert.Equal(IngestStatus.Inserted, (await IngestAsync(control)).Status);
        Assert.Equal(IngestStatus.Inserted, (await IngestAsync(document)).Status);
        Assert.NotEmpty(document.Claims);
        return (control, document);
    }

    [StoreTheory]
    [MemberData(nameof(Hostile))]
    public async Task hostile_text_in_a_document_is_stored_and_found_as_written(string hostile)
    {
        var (control, document) = await IngestHostileAsync(hostile);

        Assert.Equal(document.Original, await StoredOriginalTextAsync(document.Id));
        Assert.Equal($"hostile {hostile}.txt", Assert.Single(await Store.DocumentsByIdAsync([document.Id])).Name);
        var hits = await Store.SearchAsync(hostile, 100);
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.Contains(hostile, h.Sentence.Text));
        Assert.All(hits, h => Assert.Equal(document.Id, h.Sentence.DocumentId));
        Assert.Equal(StatsOf(control, document), await Store.StatsAsync());
    }

    [StoreTheory]
    [MemberData(nameof(Hostile))]
    public async Task hostile_text_as_the_claim_text_filter_matches_only_sentences_holding_it(string hostile)
    {
        var (_, document) = await IngestHostileAsync(hostile);

        var claims = await AllClaimsAsync(new ClaimFilter { Text = hostile });

        Assert.Equal(document.Claims.Count, claims.Count);
        Assert.All(claims, c => Assert.Equal(document.Id, c.DocumentId));
    }

    [StoreTheory]
    [MemberData(nameof(Hostile))]
    public async Task hostile_text_in_any_other_claim_filter_matches_nothing(string hostile)
    {
        await IngestHostileAsync(hostile);
        var filters = new ClaimFilter[]
        {
            new() { Subject = hostile },
            new() { Object = hostile },
            new() { Source = hostile },
            new() { ActorId = hostile },
            new() { ActorId = hostile, Role = ClaimRole.Object },
            new() { Predicate = hostile },
            new() { Modality = hostile },
            new() { DocumentId = hostile },
        };

        foreach (var filter in filters)
        {
            var page = await Store.ClaimsAsync(filter, new PageRequest(PageRequest.MaxPageSize, null));
            Assert.True(page.TotalCount == 0 && page.Items.Count == 0, $"{filter} matched {page.TotalCount} claims");
        }
    }

    [StoreTheory]
    [MemberData(nameof(Hostile))]
    public async Task hostile_text_in_actor_and_document_lookups_matches_nothing_and_harms_nothing(string hostile)
    {
        var (control, document) = await IngestHostileAsync(hostile);

        Assert.Null(await Store.FindActorAsync(hostile));
        Assert.Empty((await Store.ActorsAsync(new ActorFilter(Search: hostile), new PageRequest(100, null))).Items);
        Assert.Empty((await Store.ActorsAsync(new ActorFilter(Type: hostile), new PageRequest(100, null))).Items);
        Assert.Empty(await Store.ActorsByIdAsync([hostile]));
        Assert.Empty(await Store.AliasesAsync([hostile]));
        Assert.Empty(await Store.RelationsAsync([hostile], 1));
        Assert.Empty(await Store.DocumentsByIdAsync([hostile]));
        Assert.Empty(await Store.AuthorsAsync([hostile]));
        Assert.Empty(await Store.MentionsAsync(hostile));
        Assert.Empty(await Store.NotesAsync([hostile]));
        Assert.Empty(await Store.SentencesOfDocumentsAsync([hostile]));
        Assert.Empty(await Store.LinksForDocumentsAsync([hostile]));
        Assert.False(await Store.DeleteDocumentAsync(hostile));
        await Assert.ThrowsAsync<InvalidCursorException>(() => Store.DocumentsAsync(new PageRequest(5, hostile)));
        Assert.Equal(StatsOf(control, document), await Store.StatsAsync());
    }

    [StoreTheory]
    [MemberData(nameof(Hostile))]
    public async Task hostile_text_as_a_cursor_position_matches_literally(string hostile)
    {
        await IngestHostileAsync(hostile);

        var actors = await Store.ActorsAsync(new ActorFilter(), new PageRequest(100, Cursor.Encode(hostile)));
        var documents = await Store.DocumentsAsync(new PageRequest(100, Cursor.Encode(hostile)));

        Assert.All(actors.Items, a => Assert.True(string.CompareOrdinal(a.Id, hostile) > 0, $"{a.Id} is not after {hostile}"));
        Assert.All(documents.Items, d => Assert.True(string.CompareOrdinal(d.Name, hostile) > 0, $"{d.Name} is not after {hostile}"));
        var name = $"hostile {hostile}.txt";
        Assert.Equal(string.CompareOrdinal(name, hostile) > 0, documents.Items.Any(d => d.Name == name));
        Assert.Equal(string.CompareOrdinal("control.txt", hostile) > 0, documents.Items.Any(d => d.Name == "control.txt"));
    }

    [StoreTheory]
    [MemberData(nameof(Hostile))]
    public async Task hostile_text_in_a_review_is_stored_as_written(string hostile)
    {
        var (_, document) = await IngestHostileAsync(hostile);
        var claim = (await AllClaimsAsync(new ClaimFilter { DocumentId = document.Id }))[0];

        var review = await Store.ReviewClaimAsync(new ReviewInput(claim.Id, "CONFIRM", null, null, null, hostile, hostile));

        Assert.Equal((hostile, hostile), (review.Reviewer, review.Note));
        var stored = Assert.Single(await Store.ReviewsAsync([claim.Id]));
        Assert.Equal((hostile, hostile, claim.Id), (stored.Reviewer, stored.Note, stored.ClaimId));
    }
}
