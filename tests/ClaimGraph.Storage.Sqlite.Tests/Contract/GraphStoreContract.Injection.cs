using ClaimGraph.Core.Documents;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;
using ClaimGraph.Storage.Sqlite.Tests.Support;

namespace ClaimGraph.Storage.Sqlite.Tests.Contract;

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

    [Theory]
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

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task hostile_text_as_the_claim_text_filter_matches_only_sentences_holding_it(string hostile)
    {
        var (_, document) = await IngestHostileAsync(hostile);

        var claims = await AllClaimsAsync(new ClaimFilter { Text = hostile });

        Assert.Equal(document.Claims.Count, claims.Count);
        Assert.All(claims, c => Assert.Equal(document.Id, c.DocumentId));
    }

    [Theory]
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

    [Theory]
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
        Assert.False(await Store.DeleteDocumentAsync(hostile));
        Assert.Equal(StatsOf(control, document), await Store.StatsAsync());
    }
}
