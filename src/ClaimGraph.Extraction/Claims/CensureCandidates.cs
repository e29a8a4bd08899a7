using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// The candidates a speaker's reported judgement gives (外交部发言人表示，美方…违反国际经贸规则: the speaker opposes whom
/// it judges), as <see cref="Censures"/> reads them.
/// </summary>
public sealed class CensureCandidates(Censures censures, AttributionReader attribution, Officeholders officeholders)
{
    /// <summary>The speaker's opposition to whom its reported judgement names (GUIDELINES rule 42), as candidates.</summary>
    /// <param name="attributive">Names that only qualify another (乌克兰危机): never judged.</param>
    public IEnumerable<ClaimCandidate> Find(string key, Sentence sentence, IReadOnlyList<Mention> mentions, HashSet<Mention> attributive)
    {
        foreach (var (speaker, judged, word) in censures.Find(key, sentence, mentions, attribution, attributive))
            yield return new ClaimCandidate(sentence, speaker, judged, word, key.Substring(word.Start, word.Length), Predicate.Opposes, false, Modality.Asserted, speaker)
            {
                DocumentText = key,
                Clause = sentence.ClauseAt(word.Start),
                IsPrimary = true,
                SentenceMentions = mentions,
                WordPredicate = Predicate.Opposes,
                SubjectExtent = officeholders.Extent(key, mentions, speaker),
                ObjectExtent = officeholders.Extent(key, mentions, judged),
                Announced = true,
            };
    }
}
