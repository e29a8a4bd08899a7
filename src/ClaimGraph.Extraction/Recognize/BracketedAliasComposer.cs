using System.Text.RegularExpressions;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>An acronym in brackets right after a name is that name again (美英澳安全协议（AUKUS）, 外交政策（FP）).</summary>
public sealed partial class BracketedAliasComposer : ICandidateComposer
{
    public IEnumerable<EntityCandidate> Compose(SentenceView sentence, IReadOnlyList<EntityCandidate> found)
    {
        foreach (var candidate in found)
        {
            var at = candidate.Local.End;
            if (at < sentence.Span.End && "》”".Contains(sentence.Key[at])) at++;
            if (at >= sentence.Span.End) continue;
            var m = Acronym().Match(sentence.Key, at, Math.Min(20, sentence.Span.End - at));
            if (!m.Success) continue;
            var name = m.Groups["acronym"];
            yield return candidate with { Local = new Span(name.Index, name.Index + name.Length), Provenance = candidate.Provenance with { Source = "rule:bracketed-alias" } };
        }
    }

    [GeneratedRegex(@"\G[（(](?<acronym>[A-Z][A-Za-z0-9&\-]{1,11})[）)]")]
    private static partial Regex Acronym();
}
