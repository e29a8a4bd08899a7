using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Whether the name a marker before the cue names (与日本, 和瑞典) is no object of the act: a partner it is done with,
/// a second subject the marker lists, or the means; the act's object is then read elsewhere.
/// </summary>
public sealed class MarkedPartners(CueObjects objects, JointActs joint, SoloActs solo, ListedNames listed, SubjectReader subjects)
{
    /// <summary>Whether <paramref name="marked"/>, the name marked before the cue, is no object of the act.</summary>
    public bool IsNoObject(string key, IReadOnlyList<Mention> mentions, Span clause, Span cue, string word, Predicate predicate, Mention marked)
    {
        // 与日本联合遏制中国: 与 marks a partner of the act, not its target, when the verb is done jointly; in
        // 美国和日本都支持…, 和 joins two subjects that each act alone.
        if (JointActs.IsComitative(key, marked, cue)
            && (predicate != Predicate.Cooperates && JointActs.ActsJointly(key, cue)
                || joint.Distributive(key, marked.Local.End, cue.Start) && objects.MarkedWithCoordinated(key, mentions, marked, cue).Count == 1)) return true;
        // 芬兰和瑞典加入北约, 埃及和伊朗成为金砖国家成员: 和 before an act each party does alone (joining, backing,
        // leaving) lists its subjects, as the gold has it (GUIDELINES rule 28); 与 still marks a partner (与菲律宾签署),
        // and 和 does before an act done together (美国和欧盟成立…).
        if (solo.IsSoloAct(key, cue, clause, word, predicate) && JointActs.ListsSubjects(key, mentions, marked)) return true;
        // 俄罗斯与中国批评美国, 美国和日本遏制中国: one opposes nothing "with" another, unless they oppose each other (互相
        // 指责), and an act done to a name right after the cue has both listed names as its subjects (与中国对抗 still
        // confronts 中国; 以色列与哈马斯的冲突 is between them; in 印度与中国对峙牵动俄罗斯 a later verb takes 俄罗斯).
        if (JointActs.JoinsNames(key, mentions, clause, marked) && key.IndexOf('的', marked.Local.End, cue.Start - marked.Local.End) < 0
            && !listed.ActOnEachOther(key, marked.Local.End, cue.Start)
            && (predicate == Predicate.Opposes || predicate == Predicate.Confronts && JointActs.TakesNameRightAfter(key, mentions, cue))) return true;
        // 日本试图与澳大利亚组建遏制中国的准同盟: whom 与 marks after no name is a partner, not the target of an act
        // that takes a name right after it.
        if (predicate is Predicate.Opposes or Predicate.Confronts && marked.Local.Start > 0 && key[marked.Local.Start - 1] is '与' or '同' or '跟'
            && JointActs.TakesNameRightAfter(key, mentions, cue) && key.IndexOf('的', marked.Local.End, cue.Start - marked.Local.End) < 0
            && !listed.ActOnEachOther(key, marked.Local.End, cue.Start)) return true;
        // 美国利用日本和韩国遏制中国: 和 lists the means, it marks no object.
        return subjects.IsPartnerOrMeans(key, mentions, marked);
    }
}
