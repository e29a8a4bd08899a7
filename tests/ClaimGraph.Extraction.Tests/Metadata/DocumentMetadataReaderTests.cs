using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Metadata;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Metadata;

public sealed class DocumentMetadataReaderTests
{
    private static readonly AuthorLineParser s_parser = new(ExtractionLexicons.Default.NamePatterns.AuthorRoles);

    [Fact]
    public void reads_the_author_of_a_section_from_the_footnote_on_its_heading()
    {
        var authors = CorpusDocuments.Get(CorpusDocuments.Biden).Authors;

        var zhu = Assert.Single(authors, a => a.Name == "朱锋");
        Assert.Equal(new Author("朱锋", "南京大学国际关系研究院", "教授", "拜登政府的亚太安全战略：结构要素与战略目标"), zhu);
    }

    [Fact]
    public void reads_every_section_author_of_corpus_000()
    {
        var names = CorpusDocuments.Get(CorpusDocuments.Biden).Authors.Select(a => a.Name);

        Assert.Equal(["朱锋", "丁纯", "杨成", "毛瑞鹏", "汤蓓", "刘洪钟", "孙海泳"], names);
    }

    [Fact]
    public void reads_the_author_from_a_zuozhe_jianjie_byline()
    {
        var authors = CorpusDocuments.Get(CorpusDocuments.Byline).Authors;

        var an = Assert.Single(authors, a => a.Name == "安高乐");
        Assert.Equal("四川师范大学华西边疆研究所", an.Affiliation);
        Assert.Equal("研究员", an.Role);
    }

    [Fact]
    public void parses_a_footnote_author_line()
    {
        Assert.Equal(new Author("朱锋", "南京大学国际关系研究院", "教授", null), s_parser.Parse("朱锋，南京大学国际关系研究院教授。", null));
    }

    [Fact]
    public void parses_a_byline_with_the_birth_year_in_brackets()
    {
        var author = s_parser.Parse("作者简介：安高乐（1973-），四川师范大学华西边疆研究所研究员，主要研究领域：现当代中国外交", "正文");

        Assert.Equal(new Author("安高乐", "四川师范大学华西边疆研究所", "研究员", "正文"), author);
    }

    [Fact]
    public void takes_the_longest_role_the_line_names()
    {
        Assert.Equal("副研究员", s_parser.Parse("毛瑞鹏，上海国际问题研究院副研究员。", null)?.Role);
    }

    [Theory]
    [InlineData("特朗普政府的副国务卿比甘2020年10月访问韩国时明确表示，为建立有效的同盟体系，必须采取一致的步调。")]
    [InlineData("美国总统拜登已经于 2021 年 1 月 28 日签署行政令取消“墨西哥城政策”。")]
    public void does_not_take_a_footnote_that_is_no_author_line_for_one(string note)
    {
        Assert.Null(s_parser.Parse(note, null));
    }

    [Fact]
    public void keeps_the_authors_and_title_the_caller_gave()
    {
        var input = new DocumentInput("given.txt", "美国与日本合作。") { Title = "给定标题", Authors = ["张三"] };

        var document = ExtractionPipeline.ForDocuments(ExtractionLexicons.Default).Analyze(input);

        Assert.Equal("给定标题", document.Title);
        Assert.Equal("张三", Assert.Single(document.Authors).Name);
    }

    [Fact]
    public void takes_the_first_heading_as_the_title_when_the_caller_gave_none()
    {
        Assert.Equal("大选后中美关系可争取出现缓和", CorpusDocuments.Get(CorpusDocuments.WebPage).Title);
    }
}
