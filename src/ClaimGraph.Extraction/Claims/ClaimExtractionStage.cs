using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Stage 4: for every sentence, the rules propose candidates and the decider names each one's predicate
/// or rejects it; one claim is kept per (subject, predicate, object) in a sentence. A report introduced by
/// 主要内容如下 lends its speaker to the paragraphs that follow, until the next heading.
/// </summary>
public sealed class ClaimExtractionStage(ClaimCandidateGenerator generator, IClaimDecider decider) : IDocumentStage
{
    private const int MaxHeadingLength = 40;

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
            var mentions = bySentence[sentence.Index].OrderBy(m => m.Local.Start).ToList();
            if (IsHeading(sentence)) carried = null;
            var speaker = generator.Attribution.Find(normalized.Key, sentence, mentions, sentence.Local.End)?.Speaker;
            if (generator.Attribution.OpensDigest(sentence.Text)) carried = speaker ?? lastSpeaker ?? carried;
            lastSpeaker = speaker ?? lastSpeaker;
            var kept = new Dictionary<(int, Predicate, string?), Claim>();
            foreach (var candidate in generator.Generate(normalized.Text, normalized.Key, sentence, mentions, carried))
            {
                var decision = decider.Decide(candidate);
                if (decision.Predicate is not { } predicate) continue;
                var key = (candidate.Subject.Id, predicate, candidate.Object?.Text);
                if (kept.TryGetValue(key, out var existing) && existing.Provenance.Confidence >= decision.Provenance.Confidence) continue;
                kept[key] = new Claim(0, sentence.Index, candidate.Subject.Id, predicate, candidate.Object?.Id,
                    candidate.Negated, candidate.Modality, candidate.Source?.Id, candidate.Cue, decision.Provenance)
                {
                    Year = YearFinder.Find(normalized.Text, sentence.Local, candidate.Cue.Start),
                };
            }
            claims.AddRange(kept.Values.OrderBy(c => c.Cue.Start));
        }
        return document with { Claims = claims.Select((c, i) => c with { Id = i }).ToList() };
    }

    private static bool IsHeading(Sentence sentence) =>
        sentence.Text.Length <= MaxHeadingLength && !"。！？!?…”".Contains(sentence.Text[^1]);
}
