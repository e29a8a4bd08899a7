using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// Finds every gazetteer name in the sentence, the longest one at each position; a seat of government named as a
/// place (入主白宫, 在五角大楼举行) is no name of the institution, and a person's name inside a doctrine's name
/// (马克思主义) is no mention of the person, and a name whose end opens a longer word gives way to the shorter name
/// before it (中国外交部长王毅: 中国, not the ministry).
/// </summary>
public sealed class GazetteerRecognizer(Gazetteer gazetteer, NamePatterns patterns, PlaceContext places, EmbeddedNameMask? embedded = null) : IEntityRecognizer
{
    public IEnumerable<EntityCandidate> Recognize(SentenceView sentence)
    {
        var key = sentence.Key;
        for (var i = sentence.Span.Start; i < sentence.Span.End; i++)
        {
            var length = gazetteer.Names.LongestAt(key, i, sentence.Span.End);
            if (length == 0) continue;
            if (embedded?.EndBefore(key, i, i + length, sentence.Span.End) is { } end && end < i + length)
                length = gazetteer.Names.LongestAt(key, i, end);
            if (length == 0) continue;
            // A Latin name must stand alone: "US" inside "USB" or "EU" inside "EUR" is no name.
            if (char.IsAsciiLetter(key[i]) && (IsLatin(sentence.KeyAt(i - 1)) || IsLatin(sentence.KeyAt(i + length)))) continue;
            var entry = gazetteer.ByName(key.Substring(i, length))!;
            if (entry.Bracketed && !IsBracketed(sentence, i, i + length)) continue;
            if (entry.Seat && places.IsSeatPlace(sentence, i, i + length)) continue;
            if (entry.Type == EntityType.Person && sentence.FollowedByAny(i + length, patterns.PersonWordSuffixes)) continue;
            yield return new EntityCandidate(new Span(i, i + length), entry.Type, Provenance.Rule("gazetteer"), entry);
        }
    }

    private static bool IsLatin(char c) => char.IsAsciiLetter(c);

    private static bool IsBracketed(SentenceView sentence, int start, int end) =>
        (sentence.KeyAt(start - 1), sentence.KeyAt(end)) is ('《', '》') or ('“', '”') or ('「', '」');
}
