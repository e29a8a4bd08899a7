using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Claims;

/// <summary>Which names of a sentence stand together, joined by a coordinator (美国、欧盟和日本).</summary>
public sealed class Coordination(WordList coordinators)
{
    /// <summary>The other names in the coordination a name belongs to (A、B和C), in text order.</summary>
    public IEnumerable<Mention> Of(string key, IReadOnlyList<Mention> mentions, Mention member)
    {
        var at = IndexOf(mentions, member);
        if (at < 0) yield break;
        var first = at;
        while (first > 0 && Joins(key, mentions[first - 1], mentions[first])) first--;
        var last = at;
        while (last + 1 < mentions.Count && Joins(key, mentions[last], mentions[last + 1])) last++;
        for (var i = first; i <= last; i++)
            if (i != at) yield return mentions[i];
    }

    /// <summary>
    /// The first name of the list <paramref name="member"/> belongs to (美国 for 欧盟 in 美国和欧盟), or the member itself;
    /// with <paramref name="partnersApart"/>, 与, 同 and 跟 end the list, as they mark a partner there (通过东盟与中国合作).
    /// </summary>
    public Mention First(string key, IReadOnlyList<Mention> mentions, Mention member, bool partnersApart = false)
    {
        var at = IndexOf(mentions, member);
        if (at < 0) return member;
        while (at > 0 && Joins(key, mentions[at - 1], mentions[at])
            && !(partnersApart && key[mentions[at - 1].Local.End] is '与' or '同' or '跟')) at--;
        return mentions[at];
    }

    /// <summary>
    /// Whether two names are joined by one coordinator and nothing else, the quote and title marks around the names aside
    /// (《巴黎协定》和世界卫生组织).
    /// </summary>
    public bool Joins(string key, Mention left, Mention right) => Joins(key, left.Local.End, right.Local.Start);

    /// <summary>Whether one coordinator, quote marks aside, stands between the two positions.</summary>
    public bool Joins(string key, int leftEnd, int rightStart)
    {
        var (start, end) = (leftEnd, rightStart);
        while (start < end && QuoteMarks.All.Contains(key[start])) start++;
        end = QuoteMarks.StartBefore(key, end, start);
        return end - start is > 0 and <= 2 && IsCoordinator(key, start, end);
    }

    /// <summary>Whether the text from <paramref name="start"/> to <paramref name="end"/> is exactly one coordinator.</summary>
    public bool IsCoordinator(string key, int start, int end) =>
        end > start && coordinators.FindAll(key, start, end).Any(s => s.Start == start && s.End == end);

    /// <summary>Where a mention stands in the sentence's list (-1: not there); by reference, as mentions are compared.</summary>
    public static int IndexOf(IReadOnlyList<Mention> mentions, Mention member)
    {
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i] == member) return i;
        return -1;
    }
}
