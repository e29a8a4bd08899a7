using System.Text.RegularExpressions;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// Whether a capital or a seat of government stands as a place where it is named (在北京举行, 入主白宫, 立陶宛首都维尔纽斯)
/// rather than for the state or institution. A date right after it is a dateline (新华社华盛顿5月3日电, 中央社记者华盛顿
/// 14日专电): where the report was filed.
/// </summary>
public sealed partial class PlaceContext(NamePatterns patterns)
{
    public bool IsPlace(SentenceView sentence, int start, int end) =>
        sentence.PrecededByAny(start, patterns.PlaceBefore)
        || sentence.FollowedByAny(end, patterns.PlaceAfter)
        || DateAfter().IsMatch(sentence.Key.AsSpan(end, sentence.Span.End - end));

    [GeneratedRegex(@"^ ?(?:[0-9０-９一二三四五六七八九十]{1,3}月)?[0-9０-９一二三四五六七八九十廿卅]{1,3}日")]
    private static partial Regex DateAfter();
}
