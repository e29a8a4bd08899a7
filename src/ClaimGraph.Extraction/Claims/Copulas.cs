using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// The name a copula equates with a possessed party noun (中国是美国最主要的战略竞争者, 日本仍是美国的盟友): it is the
/// possessor's rival or partner, so the possessor is the subject and it the object (GUIDELINES rules 17 and 43). After a
/// judgement verb (拜登政府认定中国是美国最大的战略竞争对手) the one who judges is the subject instead (rule 43).
/// </summary>
public static class Copulas
{
    /// <summary>The most characters of adverbs and copula between the name and the possessor (仍然是, 已成为).</summary>
    private const int MaxGap = 4;

    private static readonly string[] Words = ["是", "为", "成为"];

    private static readonly string[] JudgementVerbs = ["认定", "判定", "断定", "界定"];

    /// <summary>
    /// The name right before a copula that comes right before the possessor, in its clause, and the one who judges it so
    /// when a judgement verb comes right before the name (null when none does); null when there is no such name.
    /// </summary>
    public static (Mention Equated, Mention? Judge)? Complement(string key, IReadOnlyList<Mention> mentions, Span clause, Mention possessor)
    {
        var at = Coordination.IndexOf(mentions, possessor);
        if (at <= 0) return null;
        var name = mentions[at - 1];
        var gap = possessor.Local.Start - name.Local.End;
        if (name.Local.Start < clause.Start || name.Type == EntityType.Policy || gap is < 1 or > MaxGap) return null;
        var between = key.Substring(name.Local.End, gap);
        if (between.AsSpan().IndexOfAny(ClauseBreaks.Characters) >= 0 || !Words.Any(w => between.EndsWith(w, StringComparison.Ordinal))) return null;
        var before = key[clause.Start..name.Local.Start];
        if (JudgementVerbs.FirstOrDefault(v => before.EndsWith(v, StringComparison.Ordinal)) is not { } verb) return (name, null);
        var judge = mentions.LastOrDefault(m => m.Local.Start >= clause.Start && m.Local.End <= name.Local.Start - verb.Length && m.Type != EntityType.Policy);
        return judge is null ? null : (name, judge);
    }
}
