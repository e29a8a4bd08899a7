using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// Longer words that hold a name without meaning it: seas and peninsulas named after a state (朝鲜半岛, 南中国海,
/// 日本海, 印度洋), words read across a word boundary (发展中国家 is 发展中 + 国家, not 中国; 两国联合声明 holds 国联,
/// the League of Nations; 斯特拉斯堡 holds 特拉斯), and places or peoples inside a state or outside it (内蒙古,
/// 约旦河西岸, 大马士革). No name found inside one is kept.
/// </summary>
public sealed class EmbeddedNameMask(NamePatterns patterns)
{
    private readonly NameTrie _words = new([.. patterns.PlaceNames, .. patterns.NotNameWords]);

    public IEnumerable<EntityCandidate> Without(SentenceView sentence, IReadOnlyList<EntityCandidate> candidates)
    {
        var words = Words(sentence);
        if (words.Count == 0) return candidates;
        return candidates.Where(c => !words.Any(p => p.Start <= c.Local.Start && c.Local.End <= p.End && c.Local.Length < p.Length));
    }

    private List<Core.Text.Span> Words(SentenceView sentence)
    {
        var found = new List<Core.Text.Span>();
        for (var i = sentence.Span.Start; i < sentence.Span.End; i++)
        {
            var length = _words.LongestAt(sentence.Key, i, sentence.Span.End);
            if (length == 0) continue;
            found.Add(new Core.Text.Span(i, i + length));
            i += length - 1;
        }
        return found;
    }
}
