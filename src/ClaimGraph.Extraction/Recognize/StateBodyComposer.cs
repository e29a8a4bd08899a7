using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// A state and one of its bodies besides the ministries: its assembly, central bank, statistics office, court,
/// intelligence service, customs or embassy (马来西亚国会, 俄罗斯央行, 德国联邦统计局): one organization, as the
/// ministries are.
/// </summary>
public sealed class StateBodyComposer(NamePatterns patterns) : ICandidateComposer
{
    private readonly NameTrie _bodies = new(patterns.StateBodyWords);

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
    }
}
