using System.Globalization;
using System.Text.RegularExpressions;
using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Input;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Metadata.Dates;

/// <summary>
/// Finds when a document was written from what it carries, most telling first: the date the caller gave, a
/// 收稿日期 (the date a journal received it: closest to when the words were written, which is what 今年 means),
/// a page timestamp comment (epoch milliseconds, read in Beijing time), a 新华社…电 dateline, a labelled
/// 发布时间/发表日期, then a journal issue line (《…》2022年第3期) standing alone or with its page range.
/// </summary>
public sealed partial class DocumentDateReader
{
    /// <summary>Page timestamps and datelines sit at the top of a page; further down they are quoted, not the page's own.</summary>
    private const int HeadLength = 2_000;

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public DocumentDate Read(DocumentInput input)
    {
        if (input.PublishedAt is { } given) return FromCaller(input.Name, given);
        var text = input.Text;
        return Received(text) ?? Timestamp(text) ?? Dateline(text) ?? Labelled(text) ?? IssueLine(text)
            ?? DocumentDate.Unknown(UnknownReason(text));
    }

    private static DocumentDate FromCaller(string name, string given)
    {
        try
        {
            return DocumentDate.Found(PartialDate.Parse(given), null, "caller", 1.0);
        }
        catch (FormatException e)
        {
            throw new InvalidDocumentException(name, $"publication date {e.Message}");
        }
    }

    private static DocumentDate? Received(string text) =>
        FullDate(ReceivedDate().Match(text), "received-date", 0.9);

    private static DocumentDate? Dateline(string text) =>
        FullDate(DatelineDate().Match(Head(text)), "dateline", 0.85);

    private static DocumentDate? Labelled(string text) =>
        FullDate(LabelledDate().Match(Head(text)), "labelled-date", 0.8);

    private static DocumentDate? FullDate(Match m, string rule, double confidence)
    {
        if (!m.Success) return null;
        var g = m.Groups;
        return PartialDate.Of(DateDigits.Of(g["y"]), DateDigits.OrNull(g["m"]), DateDigits.OrNull(g["d"])) is { } date
            ? DocumentDate.Found(date, new Span(g["date"].Index, g["date"].Index + g["date"].Length), rule, confidence)
            : null;
    }

    /// <summary>Confidence is lower: the comment does not say whether it marks publication or the crawl.</summary>
    private static DocumentDate? Timestamp(string text)
    {
        var m = EpochComment().Match(Head(text));
        if (!m.Success || !long.TryParse(m.Groups["ms"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)) return null;
        var at = DateTimeOffset.FromUnixTimeMilliseconds(ms).ToOffset(Beijing);
        return at.Year is < 1990 or > 2100 ? null
            : DocumentDate.Found(new PartialDate(at.Year, at.Month, at.Day), new Span(m.Groups["ms"].Index, m.Groups["ms"].Index + m.Groups["ms"].Length), "page-timestamp", 0.7);
    }

    /// <summary>The issue line the document repeats most (a running header), else the first with a page range; year only.</summary>
    private static DocumentDate? IssueLine(string text)
    {
        var lines = IssueLineText().Matches(text).Where(m => m.Groups["pages"].Success || !m.Groups["page"].Success).ToList();
        if (lines.Count == 0) return null;
        var best = lines.GroupBy(m => (m.Groups["journal"].Value, DateDigits.Of(m.Groups["y"]), DateDigits.Of(m.Groups["n"])))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.First().Index).First();
        var first = best.First();
        var span = new Span(first.Groups["line"].Index, first.Groups["line"].Index + first.Groups["line"].Length);
        return PartialDate.Of(best.Key.Item2) is { } year ? DocumentDate.Found(year, span, "issue-line", best.Count() > 1 ? 0.85 : 0.75) : null;
    }

    private static string UnknownReason(string text) =>
        MonthDayOnly().IsMatch(text)
            ? "no 收稿日期, page timestamp, dateline or issue line; its dates give month and day without a year"
            : "no 收稿日期, page timestamp, dateline or issue line";

    private static string Head(string text) => text.Length <= HeadLength ? text : text[..HeadLength];

    [GeneratedRegex(@"收稿日期\s*[：:]\s*(?<date>(?<y>\d{4})\s*(?:[-/.]\s*(?<m>\d{1,2})\s*[-/.]\s*(?<d>\d{1,2})|年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日))")]
    private static partial Regex ReceivedDate();

    [GeneratedRegex(@"<!--\s*(?<ms>1\d{12})\s*-->")]
    private static partial Regex EpochComment();

    [GeneratedRegex(@"(?:社|网|报)[\u4e00-\u9fff]{0,6}(?<date>(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日)\s*电")]
    private static partial Regex DatelineDate();

    [GeneratedRegex(@"(?:发布|发表|出版)(?:时间|日期)\s*[：:]\s*(?<date>(?<y>\d{4})\s*(?:[-/.年]\s*(?<m>\d{1,2})\s*(?:[-/.月]\s*(?<d>\d{1,2})\s*日?)?)?)")]
    private static partial Regex LabelledDate();

    [GeneratedRegex(@"(?m)^[ \t\u3000]*(?<line>《(?<journal>[^》\n]{2,30})》\s*(?<y>\d{4})\s*年\s*第\s*(?<n>\d{1,2})\s*期(?:\s*[，,]\s*(?:(?<pages>第\s*\d+\s*[-—–－~]\s*\d+\s*页)|(?<page>第\s*\d+\s*页)))?)[。.]?[ \t\u3000]*\r?$")]
    private static partial Regex IssueLineText();

    [GeneratedRegex(@"(?<!年\s*)(?<!\d)\d{1,2}\s*月\s*\d{1,2}\s*日")]
    private static partial Regex MonthDayOnly();
}
