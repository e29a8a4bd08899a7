using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;
using ClaimGraph.Storage.Contract.Skipping;
using ClaimGraph.Storage.Contract.Support;

namespace ClaimGraph.Storage.Contract.Stores;

/// <summary>Document dates with their evidence, claim times, and the year range slicing by claim time.</summary>
public abstract partial class GraphStoreContract
{
    private const string Byline = "002_648fd424058401db.txt";
    private const string WebPage = "003_1efdb12d51446c5e.txt";

    private async Task<DocumentRecord> StoredDocumentAsync(string name) =>
        (await Store.DocumentsAsync(new PageRequest(10, null))).Items.Single(d => d.Name == name);

    [StoreFact]
    public async Task keeps_a_document_date_with_its_evidence_and_rule()
    {
        await IngestAsync(TestDocuments.Corpus(Byline));

        var date = (await StoredDocumentAsync(Byline)).Date!;

        Assert.Equal(new DocumentDateRecord("2022-04-18", "DAY", "received-date", date.Confidence, date.EvidenceStart, date.EvidenceEnd, "2022-04-18", null), date);
        var original = (await Store.OriginalTextsAsync([(await StoredDocumentAsync(Byline)).Id])).Single().OriginalText;
        Assert.Equal("2022-04-18", original[date.EvidenceStart!.Value..date.EvidenceEnd!.Value]);
    }

    [StoreFact]
    public async Task keeps_the_reason_a_document_has_no_date()
    {
        await IngestAsync(TestDocuments.Corpus(Biden));

        var date = (await StoredDocumentAsync(Biden)).Date!;

        Assert.Null(date.Value);
        Assert.Equal("none", date.Rule);
        Assert.False(string.IsNullOrEmpty(date.UnknownReason));
    }

    [StoreFact]
    public async Task gives_a_claim_the_document_date_when_its_sentence_names_no_time()
    {
        await IngestAsync(TestDocuments.Corpus(WebPage));

        var claims = await AllClaimsAsync(new ClaimFilter());

        Assert.NotEmpty(claims);
        Assert.Contains(claims, c => c.Time == new ClaimTimeRecord("2020-11-10", "DAY", 2020, "DOCUMENT", null));
    }

    [StoreFact]
    public async Task us_china_relations_weigh_differently_before_and_after_2021()
    {
        await IngestCorpusAsync();

        var before = await Store.RelationsAsync(["COUNTRY:美国"], 1, new ClaimSlice { FromYear = 2017, ToYear = 2020 });
        var after = await Store.RelationsAsync(["COUNTRY:美国"], 1, new ClaimSlice { FromYear = 2021, ToYear = 2024 });

        static (int, double, double) UsChina(IEnumerable<RelationRecord> relations)
        {
            var pair = relations.Where(r => r.SourceId == "COUNTRY:美国" && r.TargetId == "COUNTRY:中国").ToList();
            return (pair.Sum(r => r.Claims), Math.Round(pair.Sum(r => r.Cooperation), 6), Math.Round(pair.Sum(r => r.Conflict), 6));
        }
        Assert.NotEqual(0, UsChina(before).Item1);
        Assert.NotEqual(0, UsChina(after).Item1);
        Assert.NotEqual(UsChina(before), UsChina(after));
    }

    [StoreFact]
    public async Task keeps_title_references_and_counts_them_among_the_holder_s_merged_names()
    {
        // Undated, the same text reads no title as anyone.
        var document = TestDocuments.Analyze("titles.txt", "美国总统宣布对中国加征关税。国务卿拜登访问北京。特朗普反对中国。");
        var dated = TestDocuments.AnalyzeDated("titles.txt", "美国总统宣布对中国加征关税。国务卿拜登访问北京。特朗普反对中国。", "2019");
        await IngestAsync(dated);

        var titles = await Store.TitleReferencesAsync([dated.Id]);
        var merged = await Store.MergedFromAsync(["PERSON:特朗普"]);

        Assert.DoesNotContain(document.Titles, t => t.Holder is not null);
        Assert.Contains(titles, t => t is { Title: "美国总统", Office: "US_PRESIDENT", At: "2019", HolderId: "PERSON:特朗普", Consistent: true });
        Assert.Contains(titles, t => t is { Title: "国务卿", HolderId: "PERSON:蓬佩奥", NamedId: "PERSON:拜登", Consistent: false });
        Assert.Contains(merged, m => m is { Surface: "美国总统", Rule: "office-holder:US_PRESIDENT", Count: 1 });
        Assert.Contains(merged, m => m.Surface == "特朗普" && m.Rule != "office-holder:US_PRESIDENT");
    }

    [StoreFact]
    public async Task an_actor_s_timeline_is_its_claims_grouped_by_year_of_claim_time()
    {
        await IngestCorpusAsync();

        var timeline = await Store.TimelineAsync(["COUNTRY:中国"]);
        var claims = await AllClaimsAsync(new ClaimFilter { ActorId = "COUNTRY:中国" });

        var expected = claims.Where(c => c.Time is not null).GroupBy(c => c.Time!.Year).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count(), Math.Round(g.Sum(c => c.Cooperation), 6), Math.Round(g.Sum(c => c.Conflict), 6))).ToList();
        Assert.True(expected.Count >= 2);
        Assert.Equal(expected, timeline.Select(t => (t.Year, t.Claims, Math.Round(t.Cooperation, 6), Math.Round(t.Conflict, 6))).ToList());
    }

    [StoreFact]
    public async Task a_new_date_for_a_stored_text_re_times_its_claims_and_their_relations()
    {
        const string Text = "美国与日本合作。中国反对美国的制裁。";
        await IngestAsync(TestDocuments.AnalyzeDated("dated.txt", Text, "2019"));

        var again = await IngestAsync(TestDocuments.AnalyzeDated("dated.txt", Text, "2019"));
        var retimed = await IngestAsync(TestDocuments.AnalyzeDated("dated.txt", Text, "2021-03"));

        Assert.Equal((IngestStatus.Unchanged, IngestStatus.Replaced), (again.Status, retimed.Status));
        var document = (await Store.DocumentsAsync(new PageRequest(10, null))).Items.Single();
        Assert.Equal(("2021-03", "MONTH", "caller"), (document.Date!.Value, document.Date.Precision, document.Date.Rule));
        var claims = await AllClaimsAsync(new ClaimFilter());
        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.Equal(new ClaimTimeRecord("2021-03", "MONTH", 2021, "DOCUMENT", null), c.Time));
        var relations = await Store.RelationsAsync(["COUNTRY:美国"], 1);
        Assert.NotEmpty(relations);
        Assert.All(relations, r => Assert.Equal((2021, 2021), (r.FirstYear, r.LastYear)));
        Assert.Empty(await AllClaimsAsync(new ClaimFilter { ToYear = 2020 }));
    }

    [StoreFact]
    public async Task stored_relations_span_the_years_of_their_claims_time()
    {
        await IngestCorpusAsync();

        var stored = await Store.RelationsAsync(["COUNTRY:美国"], 1);

        Assert.Contains(stored, r => r.FirstYear is not null && r.FirstYear != r.LastYear);
        Assert.Equal(
            await ExpectedRelationsAsync(c => c.SubjectId == "COUNTRY:美国" || c.ObjectId == "COUNTRY:美国"),
            Sorted(stored));
    }

    [StoreFact]
    public async Task deleting_a_document_takes_its_title_references_and_the_names_they_gave()
    {
        var dated = TestDocuments.AnalyzeDated("titles.txt", "美国总统宣布对中国加征关税。特朗普反对中国。", "2019");
        await IngestAsync(dated);
        Assert.NotEmpty(await Store.TitleReferencesAsync([dated.Id]));

        await Store.DeleteDocumentAsync(dated.Id);

        Assert.Empty(await Store.TitleReferencesAsync([dated.Id]));
        Assert.Empty(await Store.MergedFromAsync(["PERSON:特朗普"]));
        Assert.Empty(await Store.TimelineAsync(["COUNTRY:中国"]));
    }
}
