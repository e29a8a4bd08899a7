using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// A state and one of its ministries (俄罗斯外交部, 德国国防部, 韩国外交部): one organization, the contract's
/// ministry. Read apart, the bare word would be China's own ministry (外交部 in the gazetteer) and the state a second
/// actor. Not where the ministry's name begins another word: a title (德国国防部长卡伦鲍尔 is a state and a person) or
/// 部门 (美国外交部门: any of its diplomatic departments).
/// </summary>
public sealed class MinistryComposer(NamePatterns patterns, EmbeddedNameMask embedded) : ICandidateComposer
{
    private readonly NameTrie _ministries = new(patterns.MinistryWords);
    private readonly IReadOnlyList<string> _stops = [.. patterns.MinistryTitleStops, .. patterns.MinistryWordStops];

    public IEnumerable<EntityCandidate> Compose(SentenceView sentence, IReadOnlyList<EntityCandidate> found)
    {
        foreach (var state in found)
        {
            if (state.Type != EntityType.Country) continue;
            var length = _ministries.LongestAt(sentence.Key, state.Local.End, sentence.Span.End);
            if (length == 0) continue;
            var end = state.Local.End + length;
            // 俄罗斯外交部长期以来: 长期 follows the ministry, no title.
            if (sentence.FollowedByAny(end, _stops) && !embedded.IsBreak(sentence.Key, end, sentence.Span.End)) continue;
            var span = new Span(state.Local.Start, end);
            if (found.Any(f => f.Local.Start <= span.Start && f.Local.End >= span.End)) continue;
            yield return new EntityCandidate(span, EntityType.Organization, Provenance.Rule("ministry", 0.9));
        }
    }
}
