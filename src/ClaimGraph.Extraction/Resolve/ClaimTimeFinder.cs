using System.Text.RegularExpressions;
using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Metadata.Dates;

namespace ClaimGraph.Extraction.Resolve;

/// <summary>
/// The time a sentence gives a claim: the last date expression before the cue, else the first after it (as
/// <see cref="Claims.YearFinder"/> picks years). Absolute dates (2017年12月) stand as written; 今年, 去年, 明年, 前年
/// and a month and day without a year (12月12日) are read against the document date, and skipped without one.
/// </summary>
public static partial class ClaimTimeFinder
{
    public static ClaimTime? Find(string text, Span sentence, int cue, PartialDate? documentDate)
    {
        ClaimTime? before = null, after = null;
        foreach (Match m in Expression().Matches(text[sentence.Start..sentence.End]))
        {
            if (Read(m, documentDate) is not { } time) continue;
            if (sentence.Start + m.Index < cue) before = time;
            else after ??= time;
        }
        return before ?? after;
    }

    private static ClaimTime? Read(Match m, PartialDate? documentDate)
    {
        var g = m.Groups;
        if (g["y"].Success)
            return PartialDate.Of(DateDigits.Of(g["y"]), DateDigits.OrNull(g["m"]), DateDigits.OrNull(g["d"])) is { } date
                ? new ClaimTime(date, ClaimTimeSource.Sentence, m.Value)
                : null;
        if (documentDate is null) return null;
        if (g["md"].Success)
            return PartialDate.Of(documentDate.Year, DateDigits.Of(g["mm"]), DateDigits.Of(g["dd"])) is { } day
                ? new ClaimTime(day, ClaimTimeSource.Relative, m.Value)
                : null;
        var offset = g["rel"].Value switch { "前年" => -2, "去年" => -1, "今年" => 0, _ => 1 };
        return new ClaimTime(new PartialDate(documentDate.Year + offset), ClaimTimeSource.Relative, m.Value);
    }

    [GeneratedRegex(@"(?<![\d.\-])(?<y>(?:19|20)\d{2})\s*年(?!代)(?:\s*(?<m>\d{1,2})\s*月(?:\s*(?<d>\d{1,2})\s*日)?)?|(?<!年\s*)(?<!\d)(?<md>(?<mm>\d{1,2})\s*月\s*(?<dd>\d{1,2})\s*日)|(?<rel>今年|去年|明年|前年)")]
    private static partial Regex Expression();
}
