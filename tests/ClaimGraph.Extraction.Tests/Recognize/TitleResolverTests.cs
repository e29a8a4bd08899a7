using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Recognize;

/// <summary>Issue 7: a bare title is the person holding the office at the time the sentence speaks of.</summary>
public sealed class TitleResolverTests
{
    private static TitleReference Title(string text, string? documentDate, string title) => Extract.Dated(text, documentDate).TitleOf(title);

    [Theory]
    [InlineData("美国总统宣布对中国商品加征关税。", "2019-06-01", "特朗普", "Q22686")]
    [InlineData("美国总统宣布对中国商品加征关税。", "2022-06-01", "拜登", "Q6279")]
    [InlineData("美国总统宣布对中国商品加征关税。", "2015", "奥巴马", "Q76")]
    public void us_president_is_whoever_held_the_office_at_the_document_date(string text, string date, string holder, string qid)
    {
        var reference = Title(text, date, "美国总统");

        Assert.Equal(holder, reference.Holder!.Name);
        Assert.Equal(qid, reference.Holder.Qid);
        Assert.Equal("US_PRESIDENT", reference.Office);
    }

    [Theory]
    [InlineData("2019", "蓬佩奥", "Q473239")]
    [InlineData("2022", "布林肯", null)]
    public void guowuqing_alone_is_the_secretary_of_state_of_the_year(string date, string holder, string? qid)
    {
        var reference = Title("国务卿表示美国将与日本合作。", date, "国务卿");

        Assert.Equal(holder, reference.Holder!.Name);
        Assert.Equal(qid, reference.Holder.Qid);
    }

    [Fact]
    public void the_year_the_sentence_names_wins_over_the_document_date()
    {
        var reference = Title("2019年，美国总统宣布对中国商品加征关税。", "2022-04-18", "美国总统");

        Assert.Equal("2019", reference.At!.ToString());
        Assert.Equal("特朗普", reference.Holder!.Name);
    }

    [Fact]
    public void a_title_with_the_holder_s_name_is_consistent()
    {
        var reference = Title("国务卿布林肯访问北京。", "2023-06-18", "国务卿");

        Assert.Equal("布林肯", reference.Named!.Name);
        Assert.True(reference.Consistent);
    }

    [Fact]
    public void a_title_with_someone_else_s_name_is_flagged()
    {
        var reference = Title("国务卿蓬佩奥访问北京。", "2023-06-18", "国务卿");

        Assert.Equal("蓬佩奥", reference.Named!.Name);
        Assert.Equal("布林肯", reference.Holder!.Name);
        Assert.False(reference.Consistent);
    }

    [Fact]
    public void another_state_s_bare_title_is_not_read_as_this_one()
    {
        var document = Extract.Dated("越南国家主席访问印度。", "2019");

        Assert.DoesNotContain(document.Titles, t => t.Office == "CN_PRESIDENT");
    }

    [Fact]
    public void without_any_date_a_title_has_no_holder()
    {
        var reference = Title("美国总统宣布对中国商品加征关税。", null, "美国总统");

        Assert.Null(reference.At);
        Assert.Null(reference.Holder);
    }

    [Fact]
    public void chuanpu_and_meiguo_zongtong_telangpu_are_the_same_node_as_telangpu()
    {
        var document = Extract.Dated("美国总统特朗普宣布退出协定。川普反对中国的做法。特朗普总统访问日本。", "2019");

        var people = document.Mentions.Where(m => m.Type == EntityType.Person).ToList();
        Assert.Equal(3, people.Count);
        Assert.All(people, m => Assert.Equal("PERSON:特朗普", m.Actor!.Key));
        Assert.True(Assert.Single(document.Titles).Consistent);
    }
}
