using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Claims;

/// <summary>Acts told in a relative clause before a noun (美国提出的“印太战略”), whose subject the rules read apart.</summary>
public static class RelativeClauses
{
    /// <summary>
    /// The subject of a relative clause the cue is the verb of (我们必须超越美国提出的“印太战略”视角, 美国所宣布的…: 美国), or
    /// null: its act is told as done, whatever the modal or condition of the clause it qualifies; another subject's claim
    /// on the cue keeps that modal (日本可能加入美国宣布的…). Not a name a marker takes (将…与对伊朗施压的政策捆绑, 延续对华
    /// 战略竞争的框架: acted on, the act is the clause's own), and no 的 that ends a clause or makes a condition (如果美国
    /// 制裁的话, 这一政策是美国推动的。).
    /// </summary>
    public static Mention? Subject(string key, Span cue, IReadOnlyList<Mention> mentions, Func<Mention, bool> isMarked)
    {
        var de = key[cue.End - 1] == '的' ? cue.End - 1 : cue.End < key.Length && key[cue.End] == '的' ? cue.End : -1;
        if (de < 0 || de + 1 >= key.Length || key[de + 1] == '话' || ClauseBreaks.Characters.Contains(key[de + 1]) || key[de + 1] == '.') return null;
        var subjectEnd = cue.Start > 0 && key[cue.Start - 1] == '所' ? cue.Start - 1 : cue.Start;
        return mentions.FirstOrDefault(m => m.Local.End == subjectEnd && m.Type != EntityType.Policy && !isMarked(m));
    }
}
