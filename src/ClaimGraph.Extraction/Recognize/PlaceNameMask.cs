using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// Geographic names that hold a state's name (朝鲜半岛, 南中国海, 日本海, 印度洋), and words that hold one without
/// meaning it (发展中国家, 南美国家, 合法国家, 朝鲜族): the region or the word is not the state, so no name found inside
/// one is kept.
/// </summary>
public sealed class PlaceNameMask(NamePatterns patterns)
{
    private readonly NameTrie _places = new([.. patterns.PlaceNames, .. patterns.NotStateWords]);

    public IEnumerable<EntityCandidate> Without(SentenceView sentence, IReadOnlyList<EntityCandidate> candidates)
    {
        var places = Places(sentence);
        if (places.Count == 0) return candidates;
        return candidates.Where(c => !places.Any(p => p.Start <= c.Local.Start && c.Local.End <= p.End && c.Local.Length < p.Length));
    }

    private List<Core.Text.Span> Places(SentenceView sentence)
    {
        var found = new List<Core.Text.Span>();
        for (var i = sentence.Span.Start; i < sentence.Span.End; i++)
        {
            var length = _places.LongestAt(sentence.Key, i, sentence.Span.End);
            if (length == 0) continue;
            found.Add(new Core.Text.Span(i, i + length));
            i += length - 1;
        }
        return found;
    }
}
