using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Whether names act together or each alone: a partner a comitative marker names (与日本联合遏制中国), an adverb of
/// acting together (联合, 共同) or of acting each alone (都, 分别).
/// </summary>
public sealed class JointActs(WordList distributive)
{
    /// <summary>
    /// Whether the subject and a name coordinated with it act each alone (美国和日本都支持…). Not when 与 after the
    /// subject marks a list (美国与日本、韩国分别建立同盟): the adverb then distributes over the objects.
    /// </summary>
    public bool ActEachAlone(string key, Mention subject, Mention partner, List<Mention> partners, Span cue) =>
        Distributive(key, Math.Max(subject.Local.End, partner.Local.End), cue.Start)
        && !(subject.Local.End < key.Length && IsComitativeMarker(key[subject.Local.End])
             && partners.Count(p => p.Local.Start > subject.Local.Start && p.Local.End <= cue.Start) > 1);

    /// <summary>Whether an adverb of acting each alone (都, 分别) stands between the two positions.</summary>
    public bool Distributive(string key, int from, int to) => from < to && distributive.FindAll(key, from, to).Any();

    private static readonly string[] JointlyWords = ["联合", "共同", "一起", "一道", "携手", "联手"];

    /// <summary>Whether the cue is done jointly (联合遏制, 共同应对): an adverb of acting together right before it.</summary>
    public static bool ActsJointly(string key, Span cue) => JointlyWords.Any(w => key.AsSpan(0, cue.Start).EndsWith(w));

    /// <summary>A name marked by 与, 和, 同 or 跟 before the cue: the one the subject acts with.</summary>
    public static bool IsComitative(string key, Mention obj, Span cue) =>
        obj.Local.End <= cue.Start && obj.Local.Start > 0 && IsComitativeMarker(key[obj.Local.Start - 1]);

    /// <summary>Whether the name follows another name and 和, which then lists the two (芬兰和瑞典) rather than marking a partner.</summary>
    public static bool ListsSubjects(string key, IReadOnlyList<Mention> mentions, Mention marked) =>
        marked.Local.Start > 1 && key[marked.Local.Start - 1] == '和' && NameBeforeMarker(mentions, marked) is not null;

    /// <summary>The name that ends right before the one-character marker before <paramref name="marked"/>, or null.</summary>
    private static Mention? NameBeforeMarker(IReadOnlyList<Mention> mentions, Mention marked) =>
        mentions.FirstOrDefault(m => m.Local.End == marked.Local.Start - 1);

    /// <summary>
    /// Whether the name follows another name and a comitative marker (俄罗斯与中国, 美国和日本): before an act done to a third
    /// name after the cue (俄罗斯与中国批评美国), the marker lists the two subjects, as 和 does before a solo act.
    /// </summary>
    public static bool JoinsNames(string key, IReadOnlyList<Mention> mentions, Span clause, Mention marked) =>
        marked.Local.Start > 1 && IsComitativeMarker(key[marked.Local.Start - 1])
        && NameBeforeMarker(mentions, marked) is { } first && OpensClause(key, clause, first);

    /// <summary>
    /// Whether the name opens its clause, after at most a time or a conjunction (2022年，…; 而俄罗斯与中国…): the list is the
    /// clause's subject, not what a verb before it takes (召回驻澳大利亚和美国的大使, 使卡特政府与北京…).
    /// </summary>
    private static bool OpensClause(string key, Span clause, Mention first)
    {
        var before = key.AsSpan(clause.Start, Math.Max(0, first.Local.Start - clause.Start)).Trim();
        return before.IsEmpty || ClauseOpeners.Contains(before[^1]);
    }

    /// <summary>Last characters of what may open a clause before its subject: a time (年, 月, 日, 后) or a conjunction (而, 但).</summary>
    private const string ClauseOpeners = "年月日后时而则但并且也又还，、：";

    /// <summary>Whether a name follows the cue at once, or after 了, 对 or a quote mark (遏制中国, 制裁了“华为”, 收紧了对华…).</summary>
    public static bool TakesNameRightAfter(string key, IReadOnlyList<Mention> mentions, Span cue) =>
        mentions.Any(m => m.Local.Start >= cue.End && m.Local.Start - cue.End <= 2
            && key.AsSpan(cue.End, m.Local.Start - cue.End).IndexOfAnyExcept("了对“「《\"") < 0);

    public static bool IsComitativeMarker(char c) => c is '与' or '和' or '同' or '跟';
}
