using ClaimGraph.Core.Contract;
using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction;
using ClaimGraph.Learning.Features;

namespace ClaimGraph.Learning.Training;

/// <summary>Claim and entity examples built from gold sentences by running the rules over them.</summary>
public sealed record TrainingSet(IReadOnlyList<ClaimExample> Claims, IReadOnlyList<EntityExample> Entities, int GoldClaims, int ReachableClaims)
{
    /// <summary>Candidates that match a gold claim, labelled with its modality.</summary>
    public IReadOnlyList<ModalityExample> Modalities { get; init; } = [];

    /// <summary>The reviewed candidate shapes, for the classifier to honour before it predicts.</summary>
    public IReadOnlyList<Models.ReviewedPattern> Reviewed { get; init; } = [];

    public double CandidateRecall => GoldClaims == 0 ? 1 : (double)ReachableClaims / GoldClaims;

    /// <summary>Reviewed pairs weigh more than one gold example: an analyst's correction should stick.</summary>
    public const int ReviewWeight = 3;

    public static TrainingSet Build(ExtractionLexicons lexicons, IEnumerable<ContractLine> gold, IReadOnlyList<ReviewExample>? reviews = null, CancellationToken cancellationToken = default)
    {
        var claims = new List<ClaimExample>();
        var entities = new List<EntityExample>();
        var modalities = new List<ModalityExample>();
        int goldClaims = 0, reachable = 0;
        // One pipeline for all lines (its recognizers build their tries once); the recorders are emptied per line.
        var recorder = new RecordingDecider();
        var collector = new RecordingFilter();
        var pipeline = ExtractionPipeline.ForSentence(lexicons, recorder, collector);
        foreach (var line in gold)
        {
            recorder.Candidates.Clear();
            collector.Candidates.Clear();
            pipeline.Analyze(new DocumentInput(line.Doc, line.Text), cancellationToken);
            foreach (var candidate in recorder.Candidates)
            {
                var example = ClaimFeaturizer.Featurize(candidate);
                var match = ClaimLabeler.Match(candidate, line);
                example.Label = Labels.For(match?.Predicate, example.CuePredicate);
                claims.Add(example);
                if (example.Label == Labels.Claim && match is not null)
                {
                    var modality = ModalityFeaturizer.Featurize(candidate);
                    modality.Label = match.Modality;
                    modalities.Add(modality);
                }
            }
            foreach (var (view, candidate) in collector.Candidates)
            {
                var example = EntityFeaturizer.Featurize(view, candidate);
                example.Label = EntityLabeler.Label(view.Surface(candidate.Local), line);
                entities.Add(example);
            }
            goldClaims += line.Claims.Count;
            reachable += ClaimLabeler.Reachable(recorder.Candidates, line);
        }
        var reviewed = new List<Models.ReviewedPattern>();
        foreach (var review in reviews ?? [])
        {
            recorder.Candidates.Clear();
            collector.Candidates.Clear();
            pipeline.Analyze(new DocumentInput("review", review.SentenceText), cancellationToken);
            foreach (var candidate in recorder.Candidates.Where(c => c.Subject.Text == review.SubjectText && c.Object?.Text == review.ObjectText))
            {
                var example = ClaimFeaturizer.Featurize(candidate);
                example.Label = Labels.For(review.Label, example.CuePredicate);
                reviewed.Add(new Models.ReviewedPattern(example.Window, example.Cue, review.Label));
                for (var copy = 0; copy < ReviewWeight; copy++)
                    claims.Add(example);
            }
        }
        return new TrainingSet(claims, entities, goldClaims, reachable) { Reviewed = reviewed, Modalities = modalities };
    }
}
