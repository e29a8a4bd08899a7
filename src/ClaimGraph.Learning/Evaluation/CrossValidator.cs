using ClaimGraph.Core.Contract;
using ClaimGraph.Extraction;
using ClaimGraph.Learning.Models;
using ClaimGraph.Learning.Training;

namespace ClaimGraph.Learning.Evaluation;

/// <summary>
/// Scores the whole pipeline on training data without touching dev: trains on all folds but one, extracts the
/// held-out fold, and pools the held-out predictions into one report. Folds are runs of consecutive lines, so a
/// section is never split between training and scoring. Given thresholds, the same models are scored at each
/// one (a threshold changes decisions, not the model), so one run compares them. Lines given as training-only
/// (sentences written for training rather than taken from the corpus) join every fold's training and are never
/// scored, so the report still measures the corpus.
/// </summary>
public sealed class CrossValidator(ExtractionLexicons lexicons)
{
    public IReadOnlyList<(float? Threshold, EvaluationReport Report)> Run(IReadOnlyList<ContractLine> gold, int folds, TrainerKind kind, string workDirectory,
        IReadOnlyList<float>? thresholds = null, IReadOnlyList<ContractLine>? trainingOnly = null, CancellationToken cancellationToken = default)
    {
        if (folds < 2 || folds > gold.Count) throw new ArgumentException($"cross-validation needs 2 to {gold.Count} folds, not {folds}");
        IReadOnlyList<float?> settings = thresholds is { Count: > 0 } ? thresholds.Select(t => (float?)t).ToList() : [null];
        var predicted = settings.Select(_ => new ContractLine[gold.Count]).ToList();
        for (var fold = 0; fold < folds; fold++)
        {
            var held = Enumerable.Range(0, gold.Count).Where(i => FoldOf(i, gold.Count, folds) == fold).ToList();
            var training = gold.Where((_, i) => FoldOf(i, gold.Count, folds) != fold).Concat(trainingOnly ?? []).ToList();
            var directory = Path.Combine(workDirectory, $"fold-{fold}");
            new ModelTrainer(lexicons).Train(training, [], directory, kind, $"fold {fold} of {folds}", cancellationToken: cancellationToken);
            for (var s = 0; s < settings.Count; s++)
            {
                if (settings[s] is { } threshold) SetThreshold(directory, threshold);
                var extractor = new SentenceExtractor(new AnalyzerFactory(lexicons, modelDirectory: directory).ForSentence());
                foreach (var i in held) predicted[s][i] = extractor.Extract(gold[i].Id, gold[i].Doc, gold[i].Text, cancellationToken);
            }
        }
        return settings.Select((t, s) => (t, new Evaluator().Score(gold, predicted[s]))).ToList();
    }

    /// <summary>One threshold for every predicate, written where the claim model's info is read from.</summary>
    private static void SetThreshold(string directory, float threshold)
    {
        var path = Path.Combine(directory, ModelSet.ClaimModel + ".json");
        var info = ModelInfo.FromJson(File.ReadAllText(path));
        File.WriteAllText(path, (info with { Threshold = threshold, PredicateThresholds = new Dictionary<string, float>() }).ToJson());
    }

    private static int FoldOf(int line, int lines, int folds) => (int)((long)line * folds / lines);
}
