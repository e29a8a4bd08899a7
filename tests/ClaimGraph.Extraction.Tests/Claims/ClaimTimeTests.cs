using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Resolve;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

public sealed class ClaimTimeTests
{
    private static ClaimTime? Find(string sentence, string cue, PartialDate? documentDate = null) =>
        ClaimTimeFinder.Find(sentence, new Span(0, sentence.Length), sentence.IndexOf(cue, StringComparison.Ordinal), documentDate);

    [Fact]
    public void keeps_an_absolute_month_as_the_claim_time()
    {
        var time = Find("2017年12月，美国发布国家安全战略报告，遏制中国。", "遏制")!;

        Assert.Equal("2017-12", time.Date.ToString());
        Assert.Equal(ClaimTimeSource.Sentence, time.Source);
    }

    [Fact]
    public void reads_qunian_against_the_document_date()
    {
        var time = Find("去年美国加强了与日本的合作。", "合作", new PartialDate(2022, 4, 18))!;

        Assert.Equal("2021", time.Date.ToString());
        Assert.Equal(ClaimTimeSource.Relative, time.Source);
        Assert.Equal("去年", time.Expression);
    }

    [Fact]
    public void gives_a_month_and_day_the_document_s_year()
    {
        Assert.Equal("2020-12-12", Find("12月12日，美国宣布制裁。", "制裁", new PartialDate(2020, 11, 10))!.Date.ToString());
    }

    [Theory]
    [InlineData("二〇一九年十二月，美国发布报告，遏制中国。", "2019-12")]
    [InlineData("二零一九年，美国发布报告，遏制中国。", "2019")]
    [InlineData("一九九七年七月一日，美国发布报告，遏制中国。", "1997-07-01")]
    [InlineData("二〇二〇年十一月三十日，美国发布报告，遏制中国。", "2020-11-30")]
    public void reads_years_and_months_written_in_chinese_numerals(string sentence, string expected)
    {
        var time = Find(sentence, "遏制")!;

        Assert.Equal(expected, time.Date.ToString());
        Assert.Equal(ClaimTimeSource.Sentence, time.Source);
    }

    [Fact]
    public void gives_a_chinese_numeral_month_and_day_the_document_s_year()
    {
        var time = Find("十二月十二日，美国宣布制裁。", "制裁", new PartialDate(2020, 11, 10))!;

        Assert.Equal("2020-12-12", time.Date.ToString());
        Assert.Equal("十二月十二日", time.Expression);
    }

    [Theory]
    [InlineData("二〇一〇年代美国加强了与日本的合作。")]
    [InlineData("二〇一九年十三月美国加强了与日本的合作。")]
    public void leaves_decades_and_impossible_months_unread(string sentence)
    {
        var time = Find(sentence, "合作");

        Assert.True(time is null || time.Date.Precision == DatePrecision.Year, $"read {time?.Date}");
        Assert.NotEqual("2010", time?.Date.ToString());
    }

    [Fact]
    public void leaves_relative_dates_unread_without_a_document_date()
    {
        Assert.Null(Find("今年美国加强了与日本的合作。", "合作"));
    }

    [Fact]
    public void a_claim_whose_sentence_names_no_time_takes_the_document_date()
    {
        var document = CorpusDocuments.Get(CorpusDocuments.WebPage);

        Assert.NotEmpty(document.Claims);
        Assert.All(document.Claims, c => Assert.NotNull(c.Time));
        Assert.Contains(document.Claims, c => c.Time!.Source == ClaimTimeSource.Document && c.Time.Date.ToString() == "2020-11-10");
    }

    [Fact]
    public void a_claim_whose_sentence_names_a_year_keeps_that_year_over_the_document_date()
    {
        var claims = CorpusDocuments.Get(CorpusDocuments.Byline).Claims;

        Assert.Contains(claims, c => c.Time is { Source: ClaimTimeSource.Sentence } t && t.Date.Year != 2022);
        Assert.All(claims.Where(c => c.Time!.Source == ClaimTimeSource.Document), c => Assert.Equal("2022-04-18", c.Time!.Date.ToString()));
    }
}
