using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// Capitals and seats standing for their state (华盛顿宣布 …), but not as places (在北京举行, 北京8月23日电), nor right
/// after their own state's name (赴泰国曼谷出席…, 在韩国首尔会晤: the city where the state is already named).
/// </summary>
public sealed class MetonymRecognizer(Gazetteer gazetteer, PlaceContext places) : IEntityRecognizer
{
    /// <summary>The longest state name looked for before a capital.</summary>
    private const int MaxStateName = 10;

    public IEnumerable<EntityCandidate> Recognize(SentenceView sentence)
    {
        for (var i = sentence.Span.Start; i < sentence.Span.End; i++)
        {
            var length = gazetteer.Metonyms.LongestAt(sentence.Key, i, sentence.Span.End);
            if (length == 0) continue;
            if (places.IsPlace(sentence, i, i + length)) continue;
            var entry = gazetteer.ByMetonym(sentence.Key.Substring(i, length))!;
            if (AfterOwnState(sentence, i, entry)) continue;
            yield return new EntityCandidate(new Span(i, i + length), EntityType.Country, Provenance.Rule("metonym", 0.8), entry);
            i += length - 1;
        }
    }

    private bool AfterOwnState(SentenceView sentence, int start, GazetteerEntry capitalOf)
    {
        for (var j = Math.Max(sentence.Span.Start, start - MaxStateName); j < start; j++)
            if (gazetteer.Names.LongestAt(sentence.Key, j, start) == start - j && gazetteer.ByName(sentence.Key[j..start]) == capitalOf) return true;
        return false;
    }
}
