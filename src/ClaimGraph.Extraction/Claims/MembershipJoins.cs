using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Becoming a member is joining (瑞典正式成为北约第32个成员国, 非盟成为二十国集团的永久成员: SUPPORTS, GUIDELINES rule
/// 52), but 成为 is a copula everywhere else (成为焦点, 成为美国的盟友): it takes only the organization or agreement right
/// after it, and only when a membership noun closes the phrase.
/// </summary>
public sealed class MembershipJoins(ClaimCues cues)
{
    /// <summary>The most characters between the organization and the membership noun (的第32个, 的正式).</summary>
    private const int MaxGap = 6;

    private readonly WordList _verbs = new(cues.MembershipJoins);
    private readonly WordList _nouns = new(cues.MembershipNouns);

    /// <summary>Whether a membership noun follows the name at once (联合国会员国, 北约成员国): it stands for its members.</summary>
    public bool NamesMembers(string key, Mention name) => _nouns.StartsAt(key, name.Local.End, key.Length);

    /// <summary>Whether <paramref name="cue"/> is a membership verb that does not join <paramref name="obj"/>; false for every other cue.</summary>
    public bool Excludes(string key, CueMatch cue, Mention obj)
    {
        if (!_verbs.Contains(cue.Word)) return false;
        if (obj.Type is not (EntityType.Organization or EntityType.Policy) || obj.Local.Start - cue.Span.End is < 0 or > 2) return true;
        var end = Math.Min(key.Length, obj.Local.End + MaxGap + _nouns.Longest);
        for (var i = obj.Local.End; i < end; i++)
        {
            if (ClauseBreaks.Characters.Contains(key[i])) return true;
            if (i - obj.Local.End <= MaxGap && _nouns.StartsAt(key, i, key.Length))
                return !Qualifies(key.AsSpan(obj.Local.End, i - obj.Local.End)) || !ClosesPhrase(key, i + _nouns.LengthAt(key, i, key.Length));
        }
        return true;
    }

    /// <summary>
    /// Whether the words between the organization and the noun only place or confirm the membership (的第32个, 的正式,
    /// 的永久); a weighing word (北约的重要成员) describes a member it already is.
    /// </summary>
    private static bool Qualifies(ReadOnlySpan<char> between)
    {
        foreach (var c in between)
            if (!MembershipQualifiers.Contains(c) && !char.IsAsciiDigit(c)) return false;
        return true;
    }

    private const string MembershipQualifiers = "的第个一二三四五六七八九十百零〇正式永久新创始";

    /// <summary>
    /// Whether the membership phrase ends the clause (成为北约第32个成员国。, 成为其成员之一, 成为成员后): in 成为欧盟成员国中第一个…
    /// the member is the topic of more.
    /// </summary>
    private static bool ClosesPhrase(string key, int end)
    {
        while (end < key.Length && key[end] is '国' or '方') end++;
        return end >= key.Length || ClauseBreaks.Characters.Contains(key[end]) || key[end] is '。' or '）' or ')' or '”' or '」' or '了' or '后'
            || key.AsSpan(end).StartsWith("之一") || key.AsSpan(end).StartsWith("以来");
    }
}
