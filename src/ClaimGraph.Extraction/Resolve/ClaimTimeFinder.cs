using System.Text.RegularExpressions;
using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Metadata.Dates;

namespace ClaimGraph.Extraction.Resolve;

/// <summary>
/// The time a sentence gives a claim: the last date expression before the cue, else the first after it (as
/// <see cref="Claims.YearFinder"/> picks years). Absolute dates (2017年12月, 二〇一九年十二月) stand as written; 今年,
/// 去年, 明年, 前年 and a month and day without a year (12月12日, 十二月十二日) are read against the document date, and
/// skipped without one. Times counted from a holder's start (拜登上任百日, read by <see cref="TenureTimeReader"/>)
/// come in as <paramref name="tenures"/> and compete by position like the rest.
/// </summary>
public static partial class ClaimTimeFinder
{
    public static ClaimTime? Find(string text, Span sentence, int cue, PartialDate? documentDate, IReadOnlyList<TenureTime>? tenures = null)
    {
        var found = new List<(int At, ClaimTime Time)>();
        foreach (Match m in Expression().Matches(text[sentence.Start..sentence.End]))
            if (Read(m, documentDate) is { } time) found.Add((sentence.Start + m.Index, time));
        foreach (var tenure in tenures ?? [])
            if (tenure.At >= sentence.Start && tenure.At < sentence.End) found.Add((tenure.At, tenure.Time));
        found.Sort((a, b) => a.At.CompareTo(b.At));
        return found.LastOrDefault(f => f.At < cue).Time ?? found.FirstOrDefault(f => f.At >= cue).Time;
    }

    private static ClaimTime? Read(Match m, PartialDate? documentDate)
    {
        var g = m.Groups;
        if (g["y"].Success)
            return PartialDate.Of(ChineseNumerals.Of(g["y"].Value), NumberOrNull(g["m"]), NumberOrNull(g["d"])) is { } date
                ? new ClaimTime(date, ClaimTimeSource.Sentence, m.Value)
                : null;
        if (documentDate is null) return null;
        if (g["md"].Success)
            return PartialDate.Of(documentDate.Year, ChineseNumerals.Of(g["mm"].Value), ChineseNumerals.Of(g["dd"].Value)) is { } day
                ? new ClaimTime(day, ClaimTimeSource.Relative, m.Value)
                : null;
        var offset = g["rel"].Value switch { "前年" => -2, "去年" => -1, "今年" => 0, _ => 1 };
        return new ClaimTime(new PartialDate(documentDate.Year + offset), ClaimTimeSource.Relative, m.Value);
    }

    private static int? NumberOrNull(Group group) => group.Success ? ChineseNumerals.Of(group.Value) : null;

    // Chinese-numeral years start 一九 or 二〇/二零 (二〇一九年); months and days may use 十 (十二月, 二十一日).
    [GeneratedRegex(@"(?<![\d.\-〇零○一二三四五六七八九十])(?<y>(?:19|20)\d{2}|(?:一九|二[〇零○])[〇零○一二三四五六七八九]{2})\s*年(?!代)(?:\s*(?<m>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:\s*(?<d>\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日)?)?|(?<!年\s*)(?<![\d〇零○一二三四五六七八九十])(?<md>(?<mm>\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月\s*(?<dd>\d{1,2}|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日)|(?<rel>今年|去年|明年|前年)")]
    private static partial Regex Expression();
}
