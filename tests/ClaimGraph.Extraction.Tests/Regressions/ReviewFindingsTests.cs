using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Regressions;

/// <summary>Defects a code review found, each pinned by the behaviour it broke.</summary>
public sealed class ReviewFindingsTests
{
    private static readonly ExtractionLexicons s_withoutBiden = ExtractionLexicons.Default.WithoutEntries(e => e.AllNames.Any(n => n.Contains("拜登")));

    [Fact]
    public void a_three_part_dotted_name_is_found_whole()
    {
        var document = Extract.Sentence("约瑟夫·罗宾内特·拜登表示美国将与盟友合作。", s_withoutBiden);

        Assert.Contains(document.Mentions, m => m.Text == "约瑟夫·罗宾内特·拜登" && m.Type == EntityType.Person);
    }

    [Fact]
    public void a_footnote_marker_between_latin_words_leaves_one_space()
    {
        var document = Extract.Normalized("The report said [3] that the alliance holds.\n");

        Assert.Contains("said that", document.RequireNormalized().Text);
    }

    [Fact]
    public void a_claim_s_year_is_read_from_full_width_digits()
    {
        var document = Extract.Sentence("２０１９年，美国对华施压。");

        Assert.Contains(document.Claims, c => c.Year == 2019);
    }
}
