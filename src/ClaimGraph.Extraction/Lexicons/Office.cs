using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Lexicons;

/// <summary>An office (美国总统, 国务卿 …), the titles that name it alone, and who held it when.</summary>
public sealed record Office(string Id, string English, string? Qid, string Of, IReadOnlyList<string> Titles, IReadOnlyList<OfficeTerm> Terms, IReadOnlyList<OfficeVacancy> Vacancies)
{
    /// <summary>
    /// Who held the office at that time: on a day, the holder that day; over a month or a year, the holder for
    /// most of it (2021: Biden, from 20 January). Null when no listed holder held it then.
    /// </summary>
    public OfficeTerm? HolderAt(PartialDate date)
    {
        var (start, end) = Period(date);
        return Terms.Select(t => (Term: t, Days: t.DaysWithin(start, end))).Where(x => x.Days > 0)
            .OrderByDescending(x => x.Days).Select(x => x.Term).FirstOrDefault();
    }

    private static (DateOnly Start, DateOnly End) Period(PartialDate date) => date.Precision switch
    {
        DatePrecision.Day => (new DateOnly(date.Year, date.Month!.Value, date.Day!.Value), new DateOnly(date.Year, date.Month.Value, date.Day.Value).AddDays(1)),
        DatePrecision.Month => (new DateOnly(date.Year, date.Month!.Value, 1), new DateOnly(date.Year, date.Month.Value, 1).AddMonths(1)),
        _ => (new DateOnly(date.Year, 1, 1), new DateOnly(date.Year + 1, 1, 1)),
    };
}
