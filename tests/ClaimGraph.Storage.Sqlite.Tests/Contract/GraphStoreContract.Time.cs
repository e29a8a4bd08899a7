using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;
using ClaimGraph.Storage.Sqlite.Tests.Support;

namespace ClaimGraph.Storage.Sqlite.Tests.Contract;

/// <summary>Document dates with their evidence, claim times, and the year range slicing by claim time.</summary>
public abstract partial class GraphStoreContract
{
    private const string Byline = "002_648fd424058401db.txt";
    private const string WebPage = "003_1efdb12d51446c5e.txt";

    private async Task<DocumentRecord> StoredDocumentAsync(string name) =>
        (await Store.DocumentsAsync(new PageRequest(10, null))).Items.Single(d => d.Name == name);

    [Fact]
    public async Task keeps_a_document_date_with_its_evidence_and_rule()
    {
        await IngestAsync(TestDocuments.Corpus(Byline));

        var date = (await StoredDocumentAsync(Byline)).Date!;

        Assert.Equal(new DocumentDateRecord("2022-04-18", "DAY", "received-date", date.Confidence, date.EvidenceStart, date.EvidenceEnd, "2022-04-18", null), date);
        var original = (await Store.OriginalTextsAsync([(await StoredDocumentAsync(Byline)).Id])).Single().OriginalText;
        Assert.Equal("2022-04-18", original[date.EvidenceStart!.Value..date.EvidenceEnd!.Value]);
    }

    [Fact]
    public async Task keeps_the_reason_a_document_has_no_date()
    {
        await IngestAsync(TestDocuments.Corpus(Biden));

        var date = (await StoredDocumentAsync(Biden)).Date!;

        Assert.Null(date.Value);
        Assert.Equal("none", date.Rule);
        Assert.False(string.IsNullOrEmpty(date.UnknownReason));
    }

    [Fact]
    public async Task gives_a_claim_the_document_date_when_its_sentence_names_no_time()
    {
        await IngestAsync(TestDocuments.Corpus(WebPage));

        var claims = await AllClaimsAsync(new ClaimFilter());

        Assert.NotEmpty(claims);
        Assert.Contains(claims, c => c.Time == new ClaimTimeRecord("2020-11-10", "DAY", 2020, "DOCUMENT", null));
    }

    [Fact]
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
}
