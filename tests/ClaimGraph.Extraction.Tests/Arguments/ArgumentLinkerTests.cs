using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Arguments;

public sealed class ArgumentLinkerTests
{
    private static (LinkKind Kind, string From, string To, string Cue) Describe(AnalyzedDocument document, ArgumentLink link)
    {
        var text = document.RequireNormalized().Text;
        return (link.Kind, text[link.From.Start..link.From.End], text[link.To.Start..link.To.End], link.Cue);
    }

    [Fact]
    public void links_a_premise_opened_by_youyu_to_the_conclusion_opened_by_suoyi()
    {
        var document = Extract.Document("由于美国国内政治极化严重，所以拜登政府将以延续为主。");

        var link = Assert.Single(document.Links);
        Assert.Equal((LinkKind.Supports, "由于美国国内政治极化严重，", "所以拜登政府将以延续为主。", "由于"), Describe(document, link));
    }

    [Fact]
    public void links_a_premise_to_the_last_clause_when_no_conclusion_cue_follows()
    {
        var document = Extract.Document("由于诸多因素的制约，短期内美国大概率不会加入RCEP。");

        var link = Assert.Single(document.Links);
        Assert.Equal((LinkKind.Supports, "由于诸多因素的制约，", "短期内美国大概率不会加入RCEP。", "由于"), Describe(document, link));
    }

    [Fact]
    public void links_a_sentence_opened_by_yinci_to_the_sentence_before()
    {
        var document = Extract.Document("美国退出了跨太平洋伙伴关系协定。因此，中国推动RCEP。");

        var link = Assert.Single(document.Links);
        Assert.Equal((LinkKind.Supports, "美国退出了跨太平洋伙伴关系协定。", "因此，中国推动RCEP。", "因此"), Describe(document, link));
        Assert.Equal((0, 1), (link.FromSentence, link.ToSentence));
    }

    [Fact]
    public void links_a_concession_opened_by_jinguan_to_the_contrast_opened_by_dan()
    {
        var document = Extract.Document("尽管美国施压，但东盟仍然推动RCEP。");

        var link = Assert.Single(document.Links);
        Assert.Equal((LinkKind.Contrasts, "尽管美国施压，", "但东盟仍然推动RCEP。", "尽管"), Describe(document, link));
    }

    [Fact]
    public void links_a_sentence_opened_by_juti_eryan_as_elaborating_the_one_before()
    {
        var document = Extract.Document("美国调整了亚太战略。具体而言，美国加强了与日本的同盟。");

        var link = Assert.Single(document.Links);
        Assert.Equal((LinkKind.Elaborates, "美国调整了亚太战略。", "具体而言，美国加强了与日本的同盟。", "具体而言"), Describe(document, link));
        Assert.Equal((0, 1), (link.FromSentence, link.ToSentence));
    }

    [Fact]
    public void records_the_connective_it_read_the_link_from_as_provenance()
    {
        var link = Assert.Single(Extract.Document("尽管美国施压，但东盟仍然推动RCEP。").Links);

        Assert.Equal("rule:connective:尽管", link.Provenance.Source);
        Assert.InRange(link.Provenance.Confidence, 0.01, 1.0);
    }

    [Fact]
    public void links_nothing_in_a_sentence_without_connectives()
    {
        Assert.Empty(Extract.Document("美国与日本合作。中国反对美国的制裁。").Links);
    }

    [Fact]
    public void finds_a_premise_opened_by_youyu_in_the_corpus()
    {
        var links = CorpusDocuments.Get(CorpusDocuments.Biden).Links;

        Assert.Contains(links, l => l.Kind == LinkKind.Supports && l.Cue == "由于");
    }
}
