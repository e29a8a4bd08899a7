using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Names a line is held toward (调整对华政策, 调整了对中国和俄罗斯的政策, 美国的对乌政策出现调整): keeping or changing the
/// line keeps or changes no line of theirs, so the act has no object unless the line's owner is named (调整了杜特尔特的
/// 对华政策).
/// </summary>
public sealed class LineTargets(ClaimCues cues, Coordination coordination)
{
    /// <summary>How many characters may describe the line between its target and its noun (对朝缓和政策, 对华高科技出口管制政策).</summary>
    private const int MaxModifier = 8;

    /// <summary>Words ending in 对 that mark no target: 反对美国的政策 opposes the state's own line (针对, 应对 do mark one).</summary>
    private static readonly WordList NotMarkers = new(["反对", "相对", "绝对"]);

    /// <summary>A state's own foreign affairs, not a line toward it (伊朗外交路线).</summary>
    private const string OwnAffairs = "外交";

    private readonly WordList _lines = new(cues.LineNouns);
    private readonly WordList _lineStops = new(cues.LineNounStops);

    /// <summary>Whether a line noun starts at <paramref name="at"/> and opens no longer word (外交部长, 战略伙伴).</summary>
    public bool LineNounAt(string key, int at, int end) => _lines.StartsAt(key, at, end) && !_lineStops.StartsAt(key, at, end);

    /// <summary>Whether a line noun starts anywhere from <paramref name="start"/> to <paramref name="end"/>.</summary>
    public bool NamesLine(string key, int start, int end) =>
        _lines.FindAll(key, start, end).Any(noun => !_lineStops.StartsAt(key, noun.Start, end));

    /// <summary>
    /// Whether <paramref name="name"/>, or the list it belongs to, is the target of a line noun after it in the clause:
    /// a name 对 marks (对华的遏制政策, 对东盟政策, 对中国和俄罗斯的政策; a leader or a government only across 的: 对普京政府的
    /// 政策, while 对特朗普政府政策的延续 is that government's line), or a state right before the noun (中国政策; 中国的战略
    /// is China's own, and 伊朗外交 Iran's own affairs).
    /// </summary>
    public bool IsTarget(string key, IReadOnlyList<Mention> mentions, Mention name, Span clause)
    {
        if (name.Type == EntityType.Policy) return false;
        var first = coordination.First(key, mentions, name);
        var last = coordination.Of(key, mentions, name).LastOrDefault(m => m.Local.Start > name.Local.Start) ?? name;
        var marked = first.Local.Start > clause.Start && key[first.Local.Start - 1] == '对'
            && !NotMarkers.EndsAt(key, first.Local.Start, Math.Max(clause.Start, first.Local.Start - NotMarkers.Longest));
        if (!marked)
            return name.Type == EntityType.Country && LineNounAt(key, last.Local.End, clause.End)
                && !key.AsSpan(last.Local.End).StartsWith(OwnAffairs, StringComparison.Ordinal);
        var ownsWithoutDe = name.Type is EntityType.Person or EntityType.Administration;
        var acrossDe = false;
        var lastAt = Math.Min(clause.End - 1, last.Local.End + MaxModifier);
        for (var at = last.Local.End; at <= lastAt; at++)
        {
            if (LineNounAt(key, at, clause.End)) return !ownsWithoutDe || acrossDe;
            // 对美国持谨慎态度的企业: an attitude held is no line the cue keeps or changes.
            if (ClauseBreaks.Characters.Contains(key[at]) || key[at] is '、' or '持') return false;
            if (key[at] == '的') acrossDe = true;
        }
        return false;
    }

    /// <summary>
    /// Whether a name after a change or a continuation can be the owner of the line a target before it named (对华政策基本延续了
    /// 尼克松以来的…): right after the cue, past 了; not one a later verb brings in (对华政策的转变源于安倍晋三的判断).
    /// </summary>
    public static bool FollowsRightAfter(string key, Span cue, Mention obj)
    {
        var at = cue.End < key.Length && key[cue.End] == '了' ? cue.End + 1 : cue.End;
        return obj.Local.Start >= cue.End && QuoteMarks.StartBefore(key, obj.Local.Start, at) == at;
    }
}
