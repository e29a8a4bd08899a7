using System.Globalization;
using ClaimGraph.Core.Documents;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;
using ClaimGraph.Storage.Contract.Skipping;
using ClaimGraph.Storage.Contract.Support;

namespace ClaimGraph.Storage.Contract.Stores;

/// <summary>Reads: claim filters, cursor pages, actor lookups and full-text search.</summary>
public abstract partial class GraphStoreContract
{
    private async Task<AnalyzedDocument> IngestSampleAsync()
    {
        var document = TestDocuments.Sample();
        await IngestAsync(document);
        await IngestAsync(TestDocuments.Corpus("001_ae334e4762760cfe.txt"));
        return document;
    }

    [StoreFact]
    public async Task filters_claims_by_the_subject_s_canonical_name()
    {
        await IngestSampleAsync();

        var claims = await AllClaimsAsync(new ClaimFilter { Subject = "美国" });

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal("COUNTRY:美国", c.SubjectId));
        Assert.Contains(claims, c => c.SubjectText == "华盛顿");
    }

    [StoreFact]
    public async Task filters_claims_by_any_alias_the_subject_was_written_as()
    {
        await IngestSampleAsync();

        var byName = await AllClaimsAsync(new ClaimFilter { Subject = "美国" });
        var byAlias = await AllClaimsAsync(new ClaimFilter { Subject = "华盛顿" });
        var byId = await AllClaimsAsync(new ClaimFilter { Subject = "COUNTRY:美国" });

        Assert.Equal(byName.Select(c => c.Id), byAlias.Select(c => c.Id));
        Assert.Equal(byName.Select(c => c.Id), byId.Select(c => c.Id));
    }

    [StoreFact]
    public async Task filters_claims_by_the_subject_s_english_name()
    {
        await IngestSampleAsync();

        var byEnglish = await AllClaimsAsync(new ClaimFilter { Subject = "United States" });

        Assert.Equal((await AllClaimsAsync(new ClaimFilter { Subject = "美国" })).Select(c => c.Id), byEnglish.Select(c => c.Id));
    }

    [StoreFact]
    public async Task filters_claims_by_object_and_by_source()
    {
        var document = await IngestSampleAsync();

        var onRcep = await AllClaimsAsync(new ClaimFilter { Object = "RCEP" });
        var bySource = await AllClaimsAsync(new ClaimFilter { Source = "马凯硕", DocumentId = document.Id });

        Assert.NotEmpty(onRcep);
        Assert.All(onRcep, c => Assert.Equal("POLICY:区域全面经济伙伴关系协定", c.ObjectId));
        Assert.Contains(onRcep, c => c is { SubjectId: "ORGANIZATION:东盟", Predicate: "SUPPORTS" });
        var claim = Assert.Single(bySource);
        Assert.Equal(("COUNTRY:美国", "SUPPORTS", "PERSON:马凯硕"), (claim.SubjectId, claim.Predicate, claim.SourceId));
    }

    [StoreFact]
    public async Task filters_claims_by_predicate_modality_negation_and_document()
    {
        var document = await IngestSampleAsync();
        var all = await AllClaimsAsync(new ClaimFilter());

        var continues = await AllClaimsAsync(new ClaimFilter { Predicate = "CONTINUES" });
        var negated = await AllClaimsAsync(new ClaimFilter { Negated = true });
        var asserted = await AllClaimsAsync(new ClaimFilter { Negated = false });
        var hypothetical = await AllClaimsAsync(new ClaimFilter { Modality = "HYPOTHETICAL", DocumentId = document.Id });
        var inSample = await AllClaimsAsync(new ClaimFilter { DocumentId = document.Id });

        Assert.Contains(continues, c => c is { SubjectText: "拜登政府", ObjectText: "特朗普政府" });
        Assert.All(continues, c => Assert.Equal("CONTINUES", c.Predicate));
        Assert.NotEmpty(negated);
        Assert.All(negated, c => Assert.True(c.Negated));
        Assert.Equal(all.Count, negated.Count + asserted.Count);
        Assert.Equal(document.Claims.Count(c => c.Modality == Modality.Hypothetical), hypothetical.Count);
        Assert.NotEmpty(hypothetical);
        Assert.Equal(document.Claims.Count, inSample.Count);
        Assert.True(inSample.Count < all.Count);
    }

    [StoreFact]
    public async Task filters_claims_by_a_substring_of_their_sentence()
    {
        await IngestSampleAsync();

        var claims = await AllClaimsAsync(new ClaimFilter { Text = "实施制裁" });

        Assert.NotEmpty(claims);
        var sentences = await Store.SentencesByIdAsync(claims.Select(c => c.SentenceId).Distinct().ToList());
        Assert.All(sentences, s => Assert.Contains("实施制裁", s.Text));
    }

    [StoreFact]
    public async Task combines_filters_so_that_every_one_holds()
    {
        var sample = await IngestSampleAsync();

        var claims = await AllClaimsAsync(new ClaimFilter { Subject = "美国", Object = "中国", Negated = true, DocumentId = sample.Id });

        var claim = Assert.Single(claims, c => c.SubjectText == "美国" && c.ObjectText == "中国");
        Assert.Equal("COOPERATES", claim.Predicate);
        Assert.All(claims, c => Assert.True(c.Negated && c.SubjectId == "COUNTRY:美国" && c.ObjectId == "COUNTRY:中国" && c.DocumentId == sample.Id));
    }

    [StoreFact]
    public async Task lists_an_actor_s_claims_by_role()
    {
        await IngestSampleAsync();

        var asSubject = await AllClaimsAsync(new ClaimFilter { ActorId = "COUNTRY:日本", Role = ClaimRole.Subject });
        var asObject = await AllClaimsAsync(new ClaimFilter { ActorId = "COUNTRY:日本", Role = ClaimRole.Object });
        var any = await AllClaimsAsync(new ClaimFilter { ActorId = "COUNTRY:日本" });

        Assert.NotEmpty(asObject);
        Assert.All(asObject, c => Assert.Equal("COUNTRY:日本", c.ObjectId));
        Assert.All(asSubject, c => Assert.Equal("COUNTRY:日本", c.SubjectId));
        Assert.Equal(asSubject.Select(c => c.Id).Union(asObject.Select(c => c.Id)).Order(), any.Select(c => c.Id).Order());
    }

    [StoreFact]
    public async Task pages_through_claims_without_overlaps_or_gaps()
    {
        await IngestAsync(TestDocuments.Corpus("001_ae334e4762760cfe.txt"));
        await IngestAsync(TestDocuments.Corpus("003_1efdb12d51446c5e.txt"));
        var seen = new List<long>();
        string? after = null;
        var pages = 0;

        while (true)
        {
            var page = await Store.ClaimsAsync(new ClaimFilter(), new PageRequest(7, after));
            Assert.InRange(page.Items.Count, 1, 7);
            Assert.Equal((await Store.StatsAsync()).Claims, page.TotalCount);
            seen.AddRange(page.Items.Select(c => c.Id));
            pages++;
            if (!page.HasNextPage) break;
            Assert.Equal(7, page.Items.Count);
            after = Cursor.Encode(page.Items[^1].Id.ToString(CultureInfo.InvariantCulture));
        }

        Assert.Equal((await Store.StatsAsync()).Claims, seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(seen.Order(), seen);
        Assert.Equal((seen.Count + 6) / 7, pages);
    }

    [StoreFact]
    public async Task pages_through_actors_and_documents_without_overlaps()
    {
        await IngestSampleAsync();
        await IngestAsync(TestDocuments.Corpus("003_1efdb12d51446c5e.txt"));

        var actors = new List<string>();
        for (string? after = null; ;)
        {
            var page = await Store.ActorsAsync(new ActorFilter(), new PageRequest(9, after));
            actors.AddRange(page.Items.Select(a => a.Id));
            if (!page.HasNextPage) break;
            after = Cursor.Encode(page.Items[^1].Id);
        }
        var documents = new List<string>();
        for (string? after = null; ;)
        {
            var page = await Store.DocumentsAsync(new PageRequest(1, after));
            documents.AddRange(page.Items.Select(d => d.Name));
            if (!page.HasNextPage) break;
            after = Cursor.Encode(page.Items[^1].Name);
        }

        Assert.Equal((await Store.StatsAsync()).Actors, actors.Count);
        Assert.Equal(actors.Count, actors.Distinct().Count());
        Assert.Equal(["001_ae334e4762760cfe.txt", "003_1efdb12d51446c5e.txt", "sample.txt"], documents);
    }

    [StoreFact]
    public async Task an_empty_page_is_allowed_and_says_whether_more_follow()
    {
        await IngestSampleAsync();

        var page = await Store.ClaimsAsync(new ClaimFilter(), new PageRequest(0, null));

        Assert.Empty(page.Items);
        Assert.True(page.HasNextPage);
        Assert.True(page.TotalCount > 0);
    }

    [StoreFact]
    public async Task refuses_a_cursor_it_did_not_issue()
    {
        await IngestSampleAsync();

        await Assert.ThrowsAsync<InvalidCursorException>(() => Store.ClaimsAsync(new ClaimFilter(), new PageRequest(5, "not-a-cursor")));
        await Assert.ThrowsAsync<InvalidCursorException>(() => Store.ClaimsAsync(new ClaimFilter(), new PageRequest(5, Cursor.Encode("abc"))));
        await Assert.ThrowsAsync<InvalidCursorException>(() => Store.ActorsAsync(new ActorFilter(), new PageRequest(5, "bm90IG91cnM=")));
        await Assert.ThrowsAsync<InvalidCursorException>(() => Store.DocumentsAsync(new PageRequest(5, "%%%")));
    }

    [StoreFact]
    public async Task finds_an_actor_by_id_name_alias_and_english_name()
    {
        await IngestSampleAsync();

        foreach (var name in new[] { "COUNTRY:美国", "美国", "华盛顿", "United States" })
            Assert.Equal("COUNTRY:美国", (await Store.FindActorAsync(name))?.Id);
        Assert.Null(await Store.FindActorAsync("无此国"));
        Assert.Null(await Store.FindActorAsync("COUNTRY:"));
    }

    [StoreFact]
    public async Task counts_the_aliases_an_actor_was_written_as()
    {
        var document = await IngestSampleAsync();

        var aliases = await Store.AliasesAsync(["COUNTRY:美国"]);

        Assert.Contains(aliases, a => a.Alias == "华盛顿" && a.Count >= 1);
        var written = TestDocuments.Corpus("001_ae334e4762760cfe.txt").Mentions.Concat(document.Mentions).Count(m => m.Text == "美国");
        Assert.Equal(written, Assert.Single(aliases, a => a.Alias == "美国").Count);
    }

    [StoreFact]
    public async Task lists_actors_by_type_and_by_a_substring_of_any_name()
    {
        await IngestSampleAsync();

        var policies = (await Store.ActorsAsync(new ActorFilter("POLICY"), new PageRequest(100, null))).Items;
        var byAlias = (await Store.ActorsAsync(new ActorFilter(Search: "RCEP"), new PageRequest(100, null))).Items;
        var byEnglish = (await Store.ActorsAsync(new ActorFilter(Search: "Mahbubani"), new PageRequest(100, null))).Items;

        Assert.NotEmpty(policies);
        Assert.All(policies, a => Assert.Equal("POLICY", a.Type));
        Assert.Contains(byAlias, a => a.Id == "POLICY:区域全面经济伙伴关系协定");
        Assert.Contains(byEnglish, a => a.Id == "PERSON:马凯硕");
    }

    [StoreFact]
    public async Task batch_reads_return_what_was_asked_for()
    {
        var document = await IngestSampleAsync();
        var claims = await AllClaimsAsync(new ClaimFilter { DocumentId = document.Id });
        var sentenceIds = claims.Select(c => c.SentenceId).Distinct().ToList();

        Assert.Equal(claims.Select(c => c.Id), (await Store.ClaimsByIdAsync(claims.Select(c => c.Id).ToList())).Select(c => c.Id));
        Assert.Equal(claims.Select(c => c.Id).Order(), (await Store.ClaimsInSentencesAsync(sentenceIds)).Select(c => c.Id).Order());
        Assert.Equal(sentenceIds.Order(), (await Store.SentencesByIdAsync(sentenceIds)).Select(s => s.Id).Order());
        Assert.Equal(["COUNTRY:日本", "COUNTRY:美国"], (await Store.ActorsByIdAsync(["COUNTRY:美国", "COUNTRY:日本", "COUNTRY:无此国"])).Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(document.Id, Assert.Single(await Store.DocumentsByIdAsync([document.Id])).Id);
        Assert.Empty(await Store.ClaimsByIdAsync([]));
        Assert.Contains(await Store.LinksForSentencesAsync((await Store.SearchAsync("东盟让步", 5)).Select(h => h.Sentence.Id).ToList()), l => l.Kind == "SUPPORTS");
    }

    [StoreFact]
    public async Task keeps_denied_claims_apart_from_asserted_ones_in_relations()
    {
        await IngestAsync(TestDocuments.Analyze("denied.txt", "美国与日本合作。美国不会与日本合作。"));

        var relations = await Store.RelationsAsync(["COUNTRY:美国"], 1);

        var cooperation = relations.Where(r => r.TargetId == "COUNTRY:日本" && r.Predicate == "COOPERATES").ToList();
        Assert.Contains(cooperation, r => !r.Negated && r.Claims == 1 && r.Cooperation > 0);
        Assert.Contains(cooperation, r => r.Negated && r.Claims == 1 && r.Cooperation == 0);
    }

    [StoreFact]
    public async Task stores_the_english_name_a_bracket_gives_a_pattern_found_person()
    {
        await IngestAsync(TestDocuments.Analyze("bracket.txt", "新加坡学者张伟明（Zhang Weiming）认为美国应该与东盟合作。"));

        var actor = await Store.FindActorAsync("张伟明");

        Assert.NotNull(actor);
        Assert.Equal("Zhang Weiming", actor.English);
    }
}
