using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>Capitals and seats standing for their state (华盛顿宣布 …), but not as places (在北京举行, 北京8月23日电).</summary>
public sealed class MetonymRecognizer(Gazetteer gazetteer, PlaceContext places) : IEntityRecognizer
{
    public IEnumerable<EntityCandidate> Recognize(SentenceView sentence)
    {
        for (var i = sentence.Span.Start; i < sentence.Span.End; i++)
        {
            var length = gazetteer.Metonyms.LongestAt(sentence.Key, i, sentence.Span.End);
            if (length == 0) continue;
            if (places.IsPlace(sentence, i, i + length)) continue;
            var entry = gazetteer.ByMetonym(sentence.Key.Substring(i, length))!;
            yield return new EntityCandidate(new Span(i, i + length), EntityType.Country, Provenance.Rule("metonym", 0.8), entry);
            i += length - 1;
        }
    }
}
