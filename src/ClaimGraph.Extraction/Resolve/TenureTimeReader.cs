using System.Text.RegularExpressions;
using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Resolve;

/// <summary>
/// Times that need a holder's start date (offices.json): X上任百日/一百天 is the start plus 100 days (a day), X执政首年
/// the year holding most of the first year in office, X上台后/上任之初 the month the term began. X is the person named
/// last before the words in the sentence, else the first named after them (上任之初，奥巴马…); the term is X's latest
/// that began by the document's date, else one beginning within a year after it (a president-elect: 拜登上任后 in
/// November 2020 is January 2021), or X's only term when the document has no date.
/// </summary>
public sealed partial class TenureTimeReader(Offices offices)
{
    public IReadOnlyList<TenureTime> Read(AnalyzedDocument document, Sentence sentence)
    {
        var key = document.RequireNormalized().Key;
        var text = key[sentence.Local.Start..sentence.Local.End];
        var found = new List<TenureTime>();
        foreach (Match m in Expression().Matches(text))
        {
            var (start, end) = (sentence.Local.Start + m.Index, sentence.Local.Start + m.Index + m.Length);
            if (HolderFor(document, sentence, start, end) is not { } holder) continue;
            if (TermOf(holder.Actor!.Name, document.Date?.Value) is not { } term) continue;
            var from = holder.Local.End <= start ? holder.Local.Start : start;
            var expression = document.RequireNormalized().Text[from..end];
            found.Add(new TenureTime(start, new ClaimTime(DateOf(m, term.From), ClaimTimeSource.Relative, expression)));
        }
        return found;
    }

    private static PartialDate DateOf(Match m, DateOnly start)
    {
        if (m.Groups["hundred"].Success)
        {
            var day = start.AddDays(100);
            return new PartialDate(day.Year, day.Month, day.Day);
        }
        if (m.Groups["first"].Success) return new PartialDate(start.AddDays(182).Year);
        return new PartialDate(start.Year, start.Month);
    }

    private static Mention? HolderFor(AnalyzedDocument document, Sentence sentence, int start, int end)
    {
        var people = document.Mentions.Where(m => m.Sentence == sentence.Index && m.Type == EntityType.Person && m.Actor is not null).ToList();
        return people.LastOrDefault(m => m.Local.End <= start) ?? people.FirstOrDefault(m => m.Local.Start >= end);
    }

    /// <summary>The stretch in office the words speak of; an acting term followed by the full one counts as one.</summary>
    private OfficeTerm? TermOf(string holder, PartialDate? documentDate)
    {
        var terms = offices.TermsOf(holder);
        var stretches = terms.Where(x => !terms.Any(p => p.Office == x.Office && p.Term.To is { } to
            && to <= x.Term.From && x.Term.From.DayNumber - to.DayNumber <= ContinuousGapDays)).Select(x => x.Term).ToList();
        if (documentDate is null) return stretches.Count == 1 ? stretches[0] : null;
        var month = documentDate.Month ?? 12;
        var end = new DateOnly(documentDate.Year, month, documentDate.Day ?? DateTime.DaysInMonth(documentDate.Year, month));
        return stretches.LastOrDefault(t => t.From <= end) ?? stretches.FirstOrDefault(t => t.From > end && t.From <= end.AddYears(1));
    }

    private const int ContinuousGapDays = 31;

    [GeneratedRegex(@"(?:上任|就任|就职|执政|上台|当政)(?:(?<hundred>(?:刚满|满|后)?(?:百日|百天|一百天|100\s*天))|(?<first>的?(?:首年|第一年|头一年))|(?<start>之初|伊始|后))")]
    private static partial Regex Expression();
}
