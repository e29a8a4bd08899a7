using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Finds predicate cue words in a sentence, the longest at each position; a stop word (支持率) that is longer
/// than the cue inside it hides that cue.
/// </summary>
public sealed class CueIndex
{
    private readonly NameTrie _trie;
    private readonly Dictionary<string, Predicate> _predicateOf = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stops = new(StringComparer.Ordinal);

    public CueIndex(ClaimCues cues)
    {
        foreach (var (name, words) in cues.Predicates)
        {
            var predicate = ContractNames.Parse<Predicate>(name);
            foreach (var word in words) _predicateOf.TryAdd(word, predicate);
        }
        foreach (var stop in cues.CueStops) if (!_predicateOf.ContainsKey(stop)) _stops.Add(stop);
        _trie = new NameTrie(_predicateOf.Keys.Concat(_stops));
    }

    public IEnumerable<CueMatch> Find(string key, Span within)
    {
        for (var i = within.Start; i < within.End; i++)
        {
            var length = _trie.LongestAt(key, i, within.End);
            if (length == 0) continue;
            var word = key.Substring(i, length);
            if (!_stops.Contains(word)) yield return new CueMatch(new Span(i, i + length), word, _predicateOf[word]);
            i += length - 1;
        }
    }
}

/// <summary>A cue word found in a sentence, with the predicate it signals.</summary>
public readonly record struct CueMatch(Span Span, string Word, Predicate Predicate);
