using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Tests.Recognize;

/// <summary>offices.json as data: every holder is a gazetteer person, terms neither overlap nor leave unexplained gaps.</summary>
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
            "CN_PRESIDENT", "RU_PRESIDENT", "JP_PRIME_MINISTER", "NATO_SECRETARY_GENERAL", "EU_COMMISSION_PRESIDENT", "UN_SECRETARY_GENERAL"]),
            s_lexicons.Offices.All.Select(o => o.Id).ToHashSet());
    }

    [Theory]
    [MemberData(nameof(OfficeIds))]
    public void every_holder_is_a_person_in_the_gazetteer_and_the_office_belongs_to_a_known_actor(string id)
    {
        var office = OfficeOf(id);

        Assert.NotNull(s_lexicons.Gazetteer.ByName(office.Of));
        Assert.All(office.Terms, t => Assert.Equal(EntityType.Person, s_lexicons.Gazetteer.ByName(t.Holder)?.Type));
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
