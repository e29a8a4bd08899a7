using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Whether names listed together before a cue (莫斯科和平壤否认…, 日本和韩国围堵中国) are each other's counterparts in
/// its act (GUIDELINES rules 22 and 28): only when the act is a relation between them.
/// </summary>
public sealed class ListedNames(ClaimCues cues)
{
    private readonly WordList _reciprocal = new(cues.ReciprocalAdverbs);
    private readonly WordList _relationLinks = new(cues.RelationLinks);

    /// <summary>
    /// Whether <paramref name="subject"/> and <paramref name="obj"/>, listed together before the cue, act side by side
    /// rather than on each other. They act on each other when an adverb says so (以色列与伊朗相互攻击). Otherwise they act
    /// side by side when the act is no relation (否认, 支持); and for a relation, when the cue is not their relation as a
    /// noun (以色列与哈马斯的冲突, 中、美两国之间的合作) and either the list is what the cue marks (与日本、韩国建立同盟:
    /// 日本 and 韩国) or the act has a counterpart outside the list (日本和韩国围堵中国), which acting jointly does not
    /// make (欧盟和美国联合评估中国: they cooperate).
    /// </summary>
    /// <param name="primaryObjects">The objects the rules read for the cue.</param>
    /// <param name="after">The names after the cue in its clause.</param>
    public bool SideBySide(string key, Predicate predicate, Mention subject, Mention obj, List<Mention> partners,
        List<Mention?> primaryObjects, List<Mention?> after, Span cue)
    {
        if (subject.Local.End > cue.Start || obj.Local.End > cue.Start) return false;
        var between = new Span(obj.Local.End, cue.Start);
        if (ActOnEachOther(key, between.Start, between.End)) return false;
        if (predicate is not (Predicate.Cooperates or Predicate.Competes or Predicate.Confronts or Predicate.Engages)) return true;
        if (_relationLinks.FindAll(key, between.Start, between.End).Any()) return false;
        return primaryObjects.Contains(subject)
            || predicate != Predicate.Cooperates && primaryObjects.Concat(after).Any(o => o is not null && o != subject && !partners.Contains(o));
    }

    /// <summary>Whether an adverb of acting on each other (相互, 互相, 彼此) stands between the two positions.</summary>
    public bool ActOnEachOther(string key, int from, int to) => _reciprocal.FindAll(key, from, to).Any();
}
