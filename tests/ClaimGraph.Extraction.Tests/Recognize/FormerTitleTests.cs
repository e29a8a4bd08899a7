using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Recognize;

/// <summary>Issue 7: 前 + title is an earlier holder, 时任 + title the holder at the sentence's own time.</summary>
public sealed class FormerTitleTests
{
    private static TitleReference Title(string text, string? documentDate, string title) => Extract.Dated(text, documentDate).TitleOf(title);

    [Fact]
    public void qian_guowuqing_alone_is_the_holder_before_the_one_in_office()
    {
        var reference = Title("前国务卿表示美国将与日本合作。", "2019-06-01", "前国务卿");

        Assert.Equal("US_SECRETARY_OF_STATE", reference.Office);
        Assert.Equal("蒂勒森", reference.Holder!.Name);
    }

    [Fact]
    public void meiguo_qian_zongtong_is_the_president_before_the_one_in_office()
    {
        var reference = Title("美国前总统在演讲中批评中国。", "2022-06-01", "美国前总统");

        Assert.Equal("US_PRESIDENT", reference.Office);
        Assert.Equal("特朗普", reference.Holder!.Name);
    }

    [Fact]
    public void a_name_after_a_former_title_is_checked_against_every_earlier_holder()
    {
        var reference = Title("前国务卿蓬佩奥访问台湾。", "2023-06-18", "前国务卿");

        Assert.Equal("蓬佩奥", reference.Holder!.Name);
        Assert.True(reference.Consistent);
    }

    [Fact]
    public void a_former_title_with_the_name_of_the_holder_in_office_is_flagged()
    {
        var reference = Title("前国务卿布林肯访问北京。", "2023-06-18", "前国务卿");

        Assert.Equal("布林肯", reference.Named!.Name);
        Assert.False(reference.Consistent);
    }

    [Fact]
    public void a_former_title_with_a_state_before_qian_is_that_state_s_office()
    {
        var reference = Title("韩国前外长康京和表示支持。", "2022-08-01", "韩国前外长");

        Assert.Equal("KR_FOREIGN_MINISTER", reference.Office);
        Assert.Equal("康京和", reference.Holder!.Name);
        Assert.True(reference.Consistent);
    }

    [Theory]
    [InlineData("前总统特朗普批评中国。", "前总统", "US_PRESIDENT", "特朗普")]
    [InlineData("前外长康京和表示支持。", "前外长", "KR_FOREIGN_MINISTER", "康京和")]
    [InlineData("前首相安倍晋三访问台湾。", "前首相", "JP_PRIME_MINISTER", "安倍晋三")]
    public void a_former_title_without_its_state_is_the_office_the_person_named_held(string text, string title, string office, string holder)
    {
        var reference = Title(text, "2023-06-18", title);

        Assert.Equal(office, reference.Office);
        Assert.Equal(holder, reference.Holder!.Name);
        Assert.True(reference.Consistent);
    }

    [Fact]
    public void a_former_title_without_its_state_or_a_name_is_not_read()
    {
        var document = Extract.Dated("前总统批评中国。前外长表示支持。", "2023");

        Assert.Empty(document.Titles);
    }

    [Theory]
    [InlineData("此前国务卿布林肯访问北京。")]
    [InlineData("三年前国务卿布林肯访问北京。")]
    public void a_qian_that_ends_another_word_does_not_make_the_title_former(string text)
    {
        var reference = Title(text, "2023-06-18", "国务卿");

        Assert.Equal("布林肯", reference.Holder!.Name);
        Assert.True(reference.Consistent);
    }

    [Fact]
    public void shiren_with_a_year_in_the_sentence_reads_the_title_at_that_year()
    {
        var reference = Title("2017年，时任国务卿蒂勒森访问北京。", "2023-06-18", "国务卿");

        Assert.Equal("2017", reference.At!.ToString());
        Assert.Equal("蒂勒森", reference.Holder!.Name);
        Assert.True(reference.Consistent);
    }

    [Fact]
    public void shiren_without_a_time_in_the_sentence_is_not_checked_against_the_document_date()
    {
        var reference = Title("时任国务卿蒂勒森访问北京。", "2023-06-18", "国务卿");

        Assert.Null(reference.At);
        Assert.Equal("蒂勒森", reference.Holder!.Name);
        Assert.True(reference.Consistent);
    }

    [Fact]
    public void a_bare_shiren_title_without_a_time_has_no_holder()
    {
        Assert.Null(Title("当时的美国总统宣布退出协定。", "2023-06-18", "美国总统").Holder);
    }

    [Theory]
    [InlineData("韩国外长表示将与日本合作。", "2019", "韩国外长", "KR_FOREIGN_MINISTER", "康京和")]
    [InlineData("韩国外交部长官表示将与日本合作。", "2023", "韩国外交部长官", "KR_FOREIGN_MINISTER", "朴振")]
    [InlineData("印度外长表示将与日本合作。", "2020", "印度外长", "IN_FOREIGN_MINISTER", "苏杰生")]
    [InlineData("澳外长表示将与日本合作。", "2023", "澳外长", "AU_FOREIGN_MINISTER", "黄英贤")]
    [InlineData("英国外交大臣表示将与日本合作。", "2017", "英国外交大臣", "UK_FOREIGN_SECRETARY", "约翰逊")]
    [InlineData("英国外相表示将与日本合作。", "2020", "英国外相", "UK_FOREIGN_SECRETARY", "多米尼克·拉布")]
    [InlineData("法国外长表示将与日本合作。", "2019", "法国外长", "FR_FOREIGN_MINISTER", "勒德里昂")]
    [InlineData("德国外长表示将与日本合作。", "2020", "德国外长", "DE_FOREIGN_MINISTER", "海科·马斯")]
    public void foreign_minister_titles_name_their_holder_of_the_year(string text, string date, string title, string office, string holder)
    {
        var reference = Title(text, date, title);

        Assert.Equal(office, reference.Office);
        Assert.Equal(holder, reference.Holder!.Name);
    }

    [Fact]
    public void the_asean_chair_is_a_state_and_a_wrong_state_after_it_is_flagged()
    {
        var reference = Title("东盟轮值主席国越南呼吁各方克制。", "2019-07-01", "东盟轮值主席国");

        Assert.Equal(EntityType.Country, reference.Holder!.Type);
        Assert.Equal("泰国", reference.Holder.Name);
        Assert.Equal("越南", reference.Named!.Name);
        Assert.False(reference.Consistent);
    }

    [Theory]
    [InlineData("英国外交大臣黄英贤")]
    [InlineData("澳大利亚外长黄英賢")]
    public void new_gazetteer_people_are_recognized_in_both_scripts(string text)
    {
        var document = Extract.Dated(text + "访问北京。", "2023");

        Assert.Contains(document.Mentions, m => m.Type == EntityType.Person && m.Actor!.Key == "PERSON:黄英贤");
    }
}
