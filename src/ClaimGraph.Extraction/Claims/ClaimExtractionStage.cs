using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Extraction.Segment;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Stage 4: for every sentence, the rules propose candidates and the decider names each one's predicate
/// or rejects it; one claim is kept per (subject, predicate, object) in a sentence. A report introduced by
/// 主要内容如下 lends its speaker to the paragraphs that follow, until the next heading.
/// </summary>
public sealed class ClaimExtractionStage(ClaimCandidateGenerator generator, IClaimDecider decider) : IDocumentStage
{
    public string Name => "claims";
    public Facet Requires => Facet.Mentions;
    public Facet Produces => Facet.Claims;

    public AnalyzedDocument Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        var normalized = document.RequireNormalized();
        var bySentence = document.Mentions.ToLookup(m => m.Sentence);
        var claims = new List<Claim>();
        Mention? carried = null;
        Mention? lastSpeaker = null;
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A gloss (国务院(State Department)) is part of the name before it, for the speaker as for the claims.
            var mentions = Glosses.Folded(normalized.Key, sentence.Local.End, bySentence[sentence.Index].OrderBy(m => m.Local.Start).ToList());
            if (Headings.IsHeading(sentence)) carried = null;
            // An article's named author speaks for the digest of it, not the outlet that reposts it (参考消息…报道).
            var speaker = generator.Attribution.Author(normalized.Key, sentence, mentions)
                ?? generator.Attribution.Find(normalized.Key, sentence, mentions, sentence.Local.End)?.Speaker;
            if (generator.Attribution.OpensDigest(normalized.Key[sentence.Local.Start..sentence.Local.End])) carried = speaker ?? lastSpeaker ?? carried;
            lastSpeaker = speaker ?? lastSpeaker;
            var decided = new List<(ClaimCandidate Candidate, Predicate Predicate, Provenance Provenance)>();
            foreach (var candidate in generator.Generate(normalized.Key, sentence, mentions, carried))
            {
                var decision = decider.Decide(candidate);
                if (decision.Predicate is { } predicate)
                    decided.Add((decision.Modality is { } modality ? candidate with { Modality = modality } : candidate, predicate, decision.Provenance));
            }
            var kept = Resolve(decided).Select(d => new Claim(0, sentence.Index, d.Candidate.Subject.Id, d.Predicate, d.Candidate.Object?.Id,
                d.Candidate.Negated, d.Candidate.Modality, d.Candidate.ClaimedSource?.Id, d.Candidate.Cue, d.Provenance)
            {
                Year = YearFinder.Find(normalized.Key, sentence.Local, d.Candidate.Cue.Start),
            });
            claims.AddRange(kept.OrderBy(c => c.Cue.Start));
        }
        return document with { Claims = claims.Select((c, i) => c with { Id = i }).ToList() };
    }

    /// <summary>
    /// One reading per cue and object (the surest subject, with those coordinated with it), one claim per (subject, predicate, object), and no
    /// object-less claim where the same subject and predicate already have an object.
    /// </summary>
    private static IEnumerable<(ClaimCandidate Candidate, Predicate Predicate, Provenance Provenance)> Resolve(
        List<(ClaimCandidate Candidate, Predicate Predicate, Provenance Provenance)> decided)
    {
        var perCue = decided
            .GroupBy(d => (d.Candidate.Cue.Start, d.Candidate.Object?.Id))
            .SelectMany(SurestWithCoordinated);
        var unique = perCue
            .GroupBy(d => (Subject: ActorKey(d.Candidate.Subject), d.Predicate, Object: d.Candidate.Object is { } o ? ActorKey(o) : null))
            // The evidence shown is a cue that says what the claim says (推动 for SUPPORTS), when there is one.
            .Select(g => g.OrderByDescending(d => d.Candidate.WordPredicate == d.Predicate).ThenByDescending(d => d.Provenance.Confidence).First())
            .ToList();
        return unique.Where(d => d.Candidate.Object is not null
            || !unique.Any(o => o.Candidate.Object is not null && o.Predicate == d.Predicate && ActorKey(o.Candidate.Subject) == ActorKey(d.Candidate.Subject)));
    }

    /// <summary>The surest subject of a cue and object, and the accepted subjects coordinated with it (印度、伊朗和巴基斯坦加入…).</summary>
    private static IEnumerable<(ClaimCandidate Candidate, Predicate Predicate, Provenance Provenance)> SurestWithCoordinated(
        IEnumerable<(ClaimCandidate Candidate, Predicate Predicate, Provenance Provenance)> readings)
    {
        var list = readings.ToList();
        var surest = list.MaxBy(d => d.Provenance.Confidence);
        return list.Where(d => d == surest || surest.Candidate.CoSubjects.Contains(d.Candidate.Subject));
    }

    private static string ActorKey(Mention m) => m.Actor?.Key ?? m.Text;
}
