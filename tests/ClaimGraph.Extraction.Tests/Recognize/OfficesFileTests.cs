using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Tests.Recognize;

/// <summary>offices.json as data: every holder is a gazetteer person (or state), terms neither overlap nor leave unexplained gaps.</summary>
public sealed class OfficesFileTests
{
    /// <summary>Between a departure and the successor's swearing-in a few weeks may pass; longer must be a listed vacancy.</summary>
    private const int AllowedGapDays = 31;

    private static readonly ExtractionLexicons s_lexicons = ExtractionLexicons.Default;

    public static TheoryData<string> OfficeIds => [.. s_lexicons.Offices.All.Select(o => o.Id)];

    private static Office OfficeOf(string id) => s_lexicons.Offices.All.Single(o => o.Id == id);

    [Fact]
    public void loads_the_offices_the_issue_lists()
    {
        Assert.Superset(new HashSet<string>(["US_PRESIDENT", "US_SECRETARY_OF_STATE", "US_SECRETARY_OF_DEFENSE", "US_NATIONAL_SECURITY_ADVISOR",
            "CN_PRESIDENT", "RU_PRESIDENT", "JP_PRIME_MINISTER", "NATO_SECRETARY_GENERAL", "EU_COMMISSION_PRESIDENT", "UN_SECRETARY_GENERAL",
            "CN_FOREIGN_MINISTER", "RU_FOREIGN_MINISTER", "JP_FOREIGN_MINISTER", "KR_FOREIGN_MINISTER", "IN_FOREIGN_MINISTER", "AU_FOREIGN_MINISTER",
            "UK_FOREIGN_SECRETARY", "FR_FOREIGN_MINISTER", "DE_FOREIGN_MINISTER", "ASEAN_CHAIR"]),
            s_lexicons.Offices.All.Select(o => o.Id).ToHashSet());
    }

    [Theory]
    [MemberData(nameof(OfficeIds))]
    public void every_holder_is_a_person_in_the_gazetteer_and_the_office_belongs_to_a_known_actor(string id)
    {
        var office = OfficeOf(id);

        Assert.NotNull(s_lexicons.Gazetteer.ByName(office.Of));
        Assert.All(office.Terms, t => Assert.Equal(office.HolderType, s_lexicons.Gazetteer.ByName(t.Holder)?.Type));
        Assert.All(office.Terms, t => Assert.Equal(t.Holder, s_lexicons.Gazetteer.ByName(t.Holder)?.Name));
    }

    [Fact]
    public void the_asean_chair_is_a_state_a_year_at_a_time()
    {
        var chair = OfficeOf("ASEAN_CHAIR");

        Assert.Equal(EntityType.Country, chair.HolderType);
        Assert.Equal("泰国", chair.HolderAt(new PartialDate(2009, 3))!.Holder);
        Assert.Equal("越南", chair.HolderAt(new PartialDate(2020))!.Holder);
        Assert.Equal("印度尼西亚", chair.HolderAt(new PartialDate(2023, 5, 10))!.Holder);
        Assert.Contains("Myanmar", chair.HolderAt(new PartialDate(2023))!.Note);
    }

    [Theory]
    [InlineData("KR_FOREIGN_MINISTER", 2019, "康京和")]
    [InlineData("KR_FOREIGN_MINISTER", 2011, "金星焕")]
    [InlineData("IN_FOREIGN_MINISTER", 2020, "苏杰生")]
    [InlineData("IN_FOREIGN_MINISTER", 2016, "斯瓦拉吉")]
    [InlineData("AU_FOREIGN_MINISTER", 2023, "黄英贤")]
    [InlineData("AU_FOREIGN_MINISTER", 2011, "陆克文")]
    [InlineData("UK_FOREIGN_SECRETARY", 2017, "约翰逊")]
    [InlineData("UK_FOREIGN_SECRETARY", 2024, "卡梅伦")]
    [InlineData("FR_FOREIGN_MINISTER", 2019, "勒德里昂")]
    [InlineData("DE_FOREIGN_MINISTER", 2015, "施泰因迈尔")]
    [InlineData("DE_FOREIGN_MINISTER", 2020, "海科·马斯")]
    public void foreign_ministers_are_read_by_year(string id, int year, string holder)
    {
        Assert.Equal(holder, OfficeOf(id).HolderAt(new PartialDate(year))!.Holder);
    }

    [Fact]
    public void one_office_per_state_heads_its_government()
    {
        Assert.Equal("US_PRESIDENT", s_lexicons.Offices.HeadOfGovernment("美国")!.Id);
        Assert.Equal("JP_PRIME_MINISTER", s_lexicons.Offices.HeadOfGovernment("日本")!.Id);
        Assert.Equal("DE_CHANCELLOR", s_lexicons.Offices.HeadOfGovernment("德国")!.Id);
        Assert.Null(s_lexicons.Offices.HeadOfGovernment("东盟"));
    }

    [Fact]
    public void two_offices_heading_one_government_are_refused_when_the_file_is_read()
    {
        const string Json = """{"offices": [{"id": "A", "of": "法国", "headsGovernment": true, "titles": ["法国总统"], "holders": []}, {"id": "B", "of": "法国", "headsGovernment": true, "titles": ["法国总理"], "holders": []}]}""";

        var e = Assert.Throws<InvalidDataException>(() => Offices.Read(Json, s => s));

        Assert.Contains("both A and B head the government of 法国", e.Message);
    }

    [Fact]
    public void a_holder_type_other_than_person_or_country_is_refused()
    {
        const string Json = """{"offices": [{"id": "A", "of": "东盟", "holderType": "POLICY", "titles": ["东盟主席国"], "holders": []}]}""";

        var e = Assert.Throws<InvalidDataException>(() => Offices.Read(Json, s => s));

        Assert.Contains("holderType 'POLICY'", e.Message);
    }

    [Theory]
    [MemberData(nameof(OfficeIds))]
    public void terms_do_not_overlap_and_only_the_last_is_open(string id)
    {
        var terms = OfficeOf(id).Terms;

        for (var i = 1; i < terms.Count; i++)
        {
            Assert.True(terms[i - 1].To is { } end && end <= terms[i].From, $"{id}: {terms[i - 1].Holder} overlaps {terms[i].Holder}");
            Assert.True(terms[i].To is null || terms[i].From < terms[i].To, $"{id}: {terms[i].Holder} ends before it starts");
        }
    }

    [Theory]
    [MemberData(nameof(OfficeIds))]
    public void gaps_longer_than_a_month_are_listed_vacancies(string id)
    {
        var office = OfficeOf(id);

        for (var i = 1; i < office.Terms.Count; i++)
        {
            var (end, next) = (office.Terms[i - 1].To!.Value, office.Terms[i].From);
            if (next.DayNumber - end.DayNumber <= AllowedGapDays) continue;
            Assert.True(office.Vacancies.Any(v => v.From <= end && v.To.AddDays(AllowedGapDays) >= next), $"{id}: unexplained gap {end}–{next}");
        }
    }

    [Theory]
    [MemberData(nameof(OfficeIds))]
    public void every_office_is_held_from_2009_on(string id)
    {
        var office = OfficeOf(id);
        var start = new DateOnly(2009, 1, 21);

        Assert.True(office.Terms[0].From <= start || office.Vacancies.Any(v => v.From <= start),
            $"{id} starts at {office.Terms[0].From}");
    }

    [Fact]
    public void a_year_goes_to_who_held_the_office_for_most_of_it()
    {
        var president = OfficeOf("US_PRESIDENT");

        Assert.Equal("特朗普", president.HolderAt(new PartialDate(2017))!.Holder);
        Assert.Equal("奥巴马", president.HolderAt(new PartialDate(2017, 1, 19))!.Holder);
        Assert.Equal("特朗普", president.HolderAt(new PartialDate(2021, 1))!.Holder);
        Assert.Equal("拜登", president.HolderAt(new PartialDate(2021, 2))!.Holder);
    }

    [Fact]
    public void a_title_naming_two_offices_is_refused_when_the_file_is_read()
    {
        const string Json = """{"offices": [{"id": "A", "of": "美国", "titles": ["总统"], "holders": []}, {"id": "B", "of": "法国", "titles": ["总统"], "holders": []}]}""";

        var e = Assert.Throws<InvalidDataException>(() => Offices.Read(Json, s => s));

        Assert.Contains("'总统' names both A and B", e.Message);
    }
}
