using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// X政府 / X当局 where X is a known leader or state: a government in office (拜登政府, 日本政府). A leader the gazetteer
/// gives no state (Taiwan's: 蔡英文当局) heads no government of the contract; the name stays a person (GUIDELINES rule 4).
/// </summary>
public sealed class AdministrationComposer(NamePatterns patterns) : ICandidateComposer
{
    public IEnumerable<EntityCandidate> Compose(SentenceView sentence, IReadOnlyList<EntityCandidate> found)
    {
        foreach (var candidate in found)
        {
            if (candidate.Type is not (EntityType.Person or EntityType.Country) || candidate.Local.Length < 2) continue;
            if (candidate.Entry is { Type: EntityType.Person, Country: null }) continue;
            foreach (var suffix in patterns.AdministrationSuffixes)
            {
                if (!sentence.FollowedByAny(candidate.Local.End, [suffix])) continue;
                var span = new Span(candidate.Local.Start, candidate.Local.End + suffix.Length);
                yield return new EntityCandidate(span, EntityType.Administration, Provenance.Rule("administration", 0.9));
                break;
            }
        }
    }
}
