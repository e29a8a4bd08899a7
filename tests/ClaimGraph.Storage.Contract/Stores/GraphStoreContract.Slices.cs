using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;
using ClaimGraph.Storage.Contract.Skipping;
using ClaimGraph.Storage.Contract.Support;

namespace ClaimGraph.Storage.Contract.Stores;

/// <summary>Relations counted from a slice of the claims (modality, year, document), claims by year, original texts.</summary>
public abstract partial class GraphStoreContract
{
    private const string Biden = "000_7f31d1b3d6251144.txt";

    private async Task IngestCorpusAsync()
    {
        foreach (var document in TestDocuments.AllCorpus)
            await IngestAsync(document);
    }

    /// <summary>What a sliced relation list must be: the claims that pass, grouped by ordered pair, predicate and negation.</summary>
    private async Task<List<RelationRecord>> ExpectedRelationsAsync(Func<ClaimRecord, bool> inSlice, int minClaims = 1) =>
        (await AllClaimsAsync(new ClaimFilter()))
            .Where(c => c.ObjectId is not null && inSlice(c))
            .GroupBy(c => (c.SubjectId, ObjectId: c.ObjectId!, c.Predicate, c.Negated))
            .Where(g => g.Count() >= minClaims)
            .Select(g => new RelationRecord(g.Key.SubjectId, g.Key.ObjectId, g.Key.Predicate, g.Key.Negated, g.Count(),
                g.Sum(c => c.Cooperation), g.Sum(c => c.Conflict), g.Min(c => c.Time?.Year), g.Max(c => c.Time?.Year)))
            .OrderBy(r => (r.SourceId, r.TargetId, r.Predicate, r.Negated)).ToList();

    private static List<RelationRecord> Sorted(IEnumerable<RelationRecord> relations) =>
        relations.Select(r => r with { Cooperation = Math.Round(r.Cooperation, 6), Conflict = Math.Round(r.Conflict, 6) })
            .OrderBy(r => (r.SourceId, r.TargetId, r.Predicate, r.Negated)).ToList();

    [StoreFact]
    public async Task a_slice_holding_every_modality_counts_relations_as_the_stored_relations_do()
    {
        await IngestCorpusAsync();
        var everyModality = new ClaimSlice { Modalities = ["ASSERTED", "PREDICTED", "PRESCRIBED", "HYPOTHETICAL"] };

        var stored = await Store.RelationsAsync(["COUNTRY:美国"], 1);
        var counted = await Store.RelationsAsync(["COUNTRY:美国"], 1, everyModality);

        Assert.NotEmpty(stored);
        Assert.Equal(Sorted(stored), Sorted(counted));
    }

    [StoreFact]
    public async Task counts_relations_from_only_the_claims_of_the_modalities_asked_for()
    {
        await IngestCorpusAsync();

        var predicted = await Store.RelationsAsync([], 1, new ClaimSlice { Modalities = ["PREDICTED", "PRESCRIBED"] });

        Assert.NotEmpty(predicted);
        Assert.Equal(await ExpectedRelationsAsync(c => c.Modality is "PREDICTED" or "PRESCRIBED"), Sorted(predicted));
    }

    [StoreFact]
    public async Task counts_relations_from_only_the_claims_whose_time_falls_in_the_year_range()
    {
        await IngestCorpusAsync();

        var since2017 = await Store.RelationsAsync([], 1, new ClaimSlice { FromYear = 2017, ToYear = 2022 });

        Assert.NotEmpty(since2017);
        Assert.All(since2017, r => Assert.InRange(r.FirstYear!.Value, 2017, r.LastYear!.Value));
        Assert.All(since2017, r => Assert.InRange(r.LastYear!.Value, r.FirstYear!.Value, 2022));
        Assert.Equal(await ExpectedRelationsAsync(c => c.Time?.Year is >= 2017 and <= 2022), Sorted(since2017));
    }

    [StoreFact]
    public async Task counts_relations_from_one_document_around_the_actors_asked_for_with_the_minimum_claims()
    {
        await IngestCorpusAsync();
        var biden = (await Store.DocumentsAsync(new PageRequest(10, null))).Items.Single(d => d.Name == Biden);

        var relations = await Store.RelationsAsync(["ADMINISTRATION:拜登政府"], 2, new ClaimSlice { DocumentId = biden.Id });

        Assert.Contains(relations, r => r is { SourceId: "ADMINISTRATION:拜登政府", TargetId: "ADMINISTRATION:特朗普政府", Predicate: "CONTINUES" });
        Assert.Equal(
            await ExpectedRelationsAsync(c => c.DocumentId == biden.Id && (c.SubjectId == "ADMINISTRATION:拜登政府" || c.ObjectId == "ADMINISTRATION:拜登政府"), minClaims: 2),
            Sorted(relations));
    }

    [StoreFact]
    public async Task filters_claims_by_the_year_of_their_time()
    {
        await IngestCorpusAsync();
        var all = await AllClaimsAsync(new ClaimFilter());

        var in2021 = await AllClaimsAsync(new ClaimFilter { FromYear = 2021, ToYear = 2021 });
        var since2020 = await AllClaimsAsync(new ClaimFilter { FromYear = 2020 });

        Assert.NotEmpty(in2021);
        Assert.All(in2021, c => Assert.Equal(2021, c.Time?.Year));
        Assert.Equal(all.Where(c => c.Time?.Year == 2021).Select(c => c.Id), in2021.Select(c => c.Id));
        Assert.Equal(all.Where(c => c.Time?.Year >= 2020).Select(c => c.Id), since2020.Select(c => c.Id));
        Assert.True(since2020.Count < all.Count);
    }

    [StoreFact]
    public async Task hands_back_the_original_text_of_the_documents_asked_for()
    {
        var document = TestDocuments.Sample();
        await IngestAsync(document);

        var texts = await Store.OriginalTextsAsync([document.Id, "no-such-document"]);

        var text = Assert.Single(texts);
        Assert.Equal(document.Id, text.DocumentId);
        Assert.Equal(await StoredOriginalTextAsync(document.Id), text.OriginalText);
        Assert.Empty(await Store.OriginalTextsAsync([]));
    }
}
