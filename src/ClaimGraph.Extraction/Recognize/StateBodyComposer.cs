using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// A state and one of its bodies besides the ministries: its assembly, central bank, statistics office, courts or
/// customs (马来西亚国会, 俄罗斯央行, 德国联邦统计局): one organization, as the ministries are. An assembly or a court
/// also stands alone (国会, 参议院) for the state the text is about, except where its first characters end another
/// name: 美国会 is 美国 and 会 ("will"), 联合国会员国 the United Nations' members.
/// </summary>
public sealed class StateBodyComposer(NamePatterns patterns) : ICandidateComposer
{
    private readonly NameTrie _bodies = new(patterns.StateBodyWords);
    private readonly NameTrie _alone = new(patterns.LegislatureWords);

    public IEnumerable<EntityCandidate> Compose(SentenceView sentence, IReadOnlyList<EntityCandidate> found)
    {
        foreach (var state in found)
        {
            if (state.Type != EntityType.Country) continue;
            var length = _bodies.LongestAt(sentence.Key, state.Local.End, sentence.Span.End);
            if (length == 0) continue;
            var span = new Span(state.Local.Start, state.Local.End + length);
            if (found.Any(f => f.Local.Start <= span.Start && f.Local.End >= span.End)) continue;
            yield return new EntityCandidate(span, EntityType.Organization, Provenance.Rule("state-body", 0.9));
        }
        for (var i = sentence.Span.Start; i < sentence.Span.End; i++)
        {
            var length = _alone.LongestAt(sentence.Key, i, sentence.Span.End);
            if (length == 0) continue;
            var span = new Span(i, i + length);
            // Inside another name, or after a state that the loop above joined it to.
            if (found.Any(f => f.Local.Start < span.End && f.Local.End > span.Start || f.Type == EntityType.Country && f.Local.End == i))
                continue;
            yield return new EntityCandidate(span, EntityType.Organization, Provenance.Rule("state-body", 0.8));
            i = span.End - 1;
        }
    }
}
