using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// One-character state names where they stand alone for one state: after 对/访/赴 … (对华, 访美) and before
/// 方 (美方, 中方). Not inside compounds naming several states (中美) nor inside other words (美元, 中东).
/// </summary>
public sealed class ShortFormRecognizer(Gazetteer gazetteer, NamePatterns patterns) : IEntityRecognizer
{
    private readonly HashSet<string> _stops = patterns.ShortFormStops.ToHashSet(StringComparer.Ordinal);

    public IEnumerable<EntityCandidate> Recognize(SentenceView sentence)
    {
        for (var i = sentence.Span.Start; i < sentence.Span.End; i++)
        {
            var c = sentence.Key[i];
            var entry = gazetteer.ByShort(c.ToString());
            if (entry is null) continue;
            var before = sentence.KeyAt(i - 1);
            var after = sentence.KeyAt(i + 1);
            if (gazetteer.ByShort(before.ToString()) is not null || gazetteer.ByShort(after.ToString()) is not null) continue;
            if (_stops.Contains($"{c}{after}")) continue;
            var isSide = after == '方' && !patterns.SideStops.Contains(sentence.KeyAt(i + 2));
            var isObject = patterns.ShortFormPrefixes.Contains(before) && before != '\0';
            if (isSide || isObject)
                yield return new EntityCandidate(new Span(i, i + 1), EntityType.Country, Provenance.Rule("short-form", 0.9), entry);
        }
    }
}
