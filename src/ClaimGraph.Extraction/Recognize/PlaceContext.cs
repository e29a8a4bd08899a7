using System.Text.RegularExpressions;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// Whether a capital or a seat of government stands as a place where it is named (在北京举行, 入主白宫, 立陶宛首都维尔纽斯,
/// the dateline 新华社华盛顿3日电) rather than for the state or institution (白宫3日宣布, 在华盛顿看来).
/// </summary>
public sealed partial class PlaceContext(NamePatterns patterns)
{
    // 在华盛顿的决策者看来: how far after the name the word closing the viewpoint may stand.
    private const int MaxViewpointGap = 8;

    /// <summary>A capital after a place word (在, 赴, 首都), before one (举行, 时间), or in a dateline.</summary>
    public bool IsPlace(SentenceView sentence, int start, int end) =>
        IsDateline(sentence, start, end)
        || (!IsViewpoint(sentence, start, end)
            && (sentence.PrecededByAny(start, patterns.PlaceBefore) || sentence.FollowedByAny(end, patterns.PlaceAfter)));

    /// <summary>
    /// A seat of government entered or left (入主白宫, 重返白宫) or where something happens (在白宫主持签署); other words
    /// of place (有利于, 时间) are about the institution (此举有利于白宫, 五角大楼时间表).
    /// </summary>
    public bool IsSeatPlace(SentenceView sentence, int start, int end) =>
        IsDateline(sentence, start, end)
        || (!IsViewpoint(sentence, start, end) && sentence.PrecededByAny(start, patterns.SeatPlaceBefore));

    /// <summary>
    /// A dateline's place: its date is followed by 电, 专电 or 讯 (华盛顿3日电, 华盛顿14日专电), or an agency or reporter
    /// stands before it (新华社堪培拉电, 中新网北京8月3日). A capital before a bare date acts (华盛顿10日宣布).
    /// </summary>
    private bool IsDateline(SentenceView sentence, int start, int end)
    {
        var date = DateAfter().Match(sentence.Key[end..sentence.Span.End]);
        var closed = ClosesDateline(sentence, end + date.Length);
        var sourced = sentence.PrecededByAny(start, patterns.DatelineBefore);
        return date.Length > 0 ? closed || sourced : closed && sourced;
    }

    // 北京电视台, 华盛顿电话: 电 beginning another word closes no dateline.
    private bool ClosesDateline(SentenceView sentence, int at) =>
        sentence.FollowedByAny(at, patterns.DatelineAfter) && !sentence.FollowedByAny(at, patterns.DatelineAfterStops);

    private bool IsViewpoint(SentenceView sentence, int start, int end)
    {
        if (!sentence.PrecededByAny(start, patterns.ViewpointBefore)) return false;
        var limit = Math.Min(sentence.Span.End, end + MaxViewpointGap);
        for (var i = end; i < limit && !ClauseEnd(sentence.Key[i]); i++)
            if (sentence.FollowedByAny(i, patterns.ViewpointAfter)) return true;
        return false;
    }

    private static bool ClauseEnd(char c) => "，,。；;！？!?：:".Contains(c);

    [GeneratedRegex(@"^ ?(?:[0-9０-９一二三四五六七八九十]{1,3}月)?[0-9０-９一二三四五六七八九十廿卅]{1,3}日 ?")]
    private static partial Regex DateAfter();
}
