using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Names that belong to another clause's act, so a cue does not take them as its object when the rules did not: a place
/// before the cue (俄罗斯在叙利亚打击…), a name inside a purpose or cause that 而 closes before the cue (为声援巴勒斯坦人而
/// 加强袭击), a name in an earlier clause when the cue has an object of its own (在俄罗斯入侵乌克兰两周年之际，欧盟对俄罗斯
/// 实施制裁), and the subject that opens the next clause (中国实施高压政策，北约对此表示忧虑) unless the cue ends its own.
/// </summary>
public sealed class ClauseReach(ClaimCues cues, Venues venues)
{
    /// <summary>Breaks after which a name is the next clause's subject; not a colon, after which it is listed (制裁两国：伊朗和朝鲜).</summary>
    private const string SubjectBreaks = "，；,;";

    private readonly WordList _openers = new(cues.PurposeOpeners.Concat(cues.CauseOpeners));
    private readonly WordList _openerStops = new(cues.PurposeOpenerStops);

    /// <param name="clause">The cue's clause.</param>
    /// <param name="primary">The objects the rules chose, which stand.</param>
    public bool Excludes(string key, Sentence sentence, Span clause, Span cue, Mention obj, IReadOnlyList<Mention?> primary)
    {
        if (primary.Contains(obj)) return false;
        if (obj.Local.End <= cue.Start)
        {
            if (obj.Local.End <= clause.Start) return primary.Any(o => o is not null);
            return venues.IsSubjectVenue(key, obj) || InPurpose(key, clause, cue, obj);
        }
        // 随着印度、伊朗先后加入，上海合作组织已…: a cue that ends its clause takes the name the next one opens with.
        return obj.Local.Start >= clause.End && !EndsClause(key, clause, cue) && OpensClause(key, sentence, obj);
    }

    private static bool EndsClause(string key, Span clause, Span cue)
    {
        for (var i = cue.End; i < clause.End; i++)
            if (char.IsLetter(key[i]) && key[i] != '了') return false;
        return true;
    }

    /// <summary>Whether an opener (为了, 由于 …) before the name starts what a 而 before the cue closes, all in one clause.</summary>
    private bool InPurpose(string key, Span clause, Span cue, Mention obj)
    {
        var close = key.IndexOf('而', obj.Local.End, cue.Start - obj.Local.End);
        if (close < 0) return false;
        var opener = _openers.FindAll(key, clause.Start, obj.Local.Start)
            .LastOrDefault(o => !_openerStops.Covers(key, o, _openerStops.Longest - 1, obj.Local.Start));
        return opener != default && key.IndexOf('而', opener.End, obj.Local.Start - opener.End) < 0;
    }

    /// <summary>Whether the name is the first word of a clause after a comma, with words of its own after it.</summary>
    private static bool OpensClause(string key, Sentence sentence, Mention obj)
    {
        var clause = sentence.ClauseAt(obj.Local.Start);
        if (clause.Start != obj.Local.Start || clause.Start <= sentence.Local.Start || !SubjectBreaks.Contains(key[clause.Start - 1])) return false;
        var rest = 0;
        for (var i = obj.Local.End; i < clause.End; i++)
            if (char.IsLetter(key[i])) rest++;
        return rest >= 3;
    }
}
