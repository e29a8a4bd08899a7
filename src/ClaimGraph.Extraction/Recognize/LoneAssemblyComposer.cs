using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// An assembly or a court standing alone (国会, 宪法法院) for the state the text is about. Only where a word can begin:
/// after punctuation or a particle (在国会, 向国会, 国会的), never inside another name or after a character that may close
/// a word with its first characters (美国会 is 美国 and 会 "will"; 两国会谈, 各国会, 外国会计, 联合国会员国).
/// </summary>
public sealed class LoneAssemblyComposer(NamePatterns patterns) : ICandidateComposer
{
    private readonly NameTrie _assemblies = new(patterns.LegislatureWords);

    public IEnumerable<EntityCandidate> Compose(SentenceView sentence, IReadOnlyList<EntityCandidate> found)
    {
        for (var i = sentence.Span.Start; i < sentence.Span.End; i++)
        {
            var length = _assemblies.LongestAt(sentence.Key, i, sentence.Span.End);
            if (length == 0) continue;
            var span = new Span(i, i + length);
            i = span.End - 1;
            var before = sentence.KeyAt(span.Start - 1);
            if (Han.Is(before) && !patterns.LegislatureOpeners.Contains(before)) continue;
            if (found.Any(f => f.Local.Start < span.End && f.Local.End > span.Start)) continue;
            yield return new EntityCandidate(span, EntityType.Organization, Provenance.Rule("state-body", 0.8));
        }
    }
}
