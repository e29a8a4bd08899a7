using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Lexicons;

/// <summary>An office (美国总统, 国务卿 …), the titles that name it alone, and who held it when.</summary>
public sealed record Office(string Id, string English, string? Qid, string Of, IReadOnlyList<string> Titles, IReadOnlyList<OfficeTerm> Terms, IReadOnlyList<OfficeVacancy> Vacancies)
{
    /// <summary>What its holders are: people, or states for a rotating chair (东盟轮值主席国).</summary>
    public EntityType HolderType { get; init; } = EntityType.Person;

    /// <summary>The office whose holder a government of <see cref="Of"/> is named after (拜登政府: the US president).</summary>
    public bool HeadsGovernment { get; init; }

    /// <summary>
    /// The holder before the one in office at that time (前国务卿 in 2019: 蒂勒森): the last term that ended before
    /// the current one began, skipping the current holder's own earlier terms. Null when nobody earlier is listed.
    /// </summary>
    public OfficeTerm? PredecessorAt(PartialDate date)
    {
        var current = HolderAt(date);
        var (start, _) = Period(date);
        var before = current?.From ?? start;
        return Terms.Where(t => t.To is { } end && end <= before && t.Holder != current?.Holder).MaxBy(t => t.To);
    }

    /// <summary>Every term that ended by that time (any time when it is unknown): the people a 前 + title may name.</summary>
    public IEnumerable<OfficeTerm> EarlierTerms(PartialDate? date)
    {
        var end = date is null ? DateOnly.MaxValue : Period(date).End;
        return Terms.Where(t => t.To is { } to && to < end);
    }

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
