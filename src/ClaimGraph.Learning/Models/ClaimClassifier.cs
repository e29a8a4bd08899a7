using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Claims;
using ClaimGraph.Learning.Features;
using Microsoft.ML;

namespace ClaimGraph.Learning.Models;

/// <summary>The learned decider: names a candidate's predicate, or NONE, with the model's confidence.</summary>
public sealed class ClaimClassifier : IClaimDecider
{
    private readonly PredictionEngine<ClaimExample, Prediction> _engine;
    private readonly ModelInfo _info;
    private readonly LabelScores _labels;
    private readonly object _gate = new();

    public ClaimClassifier(MLContext ml, ITransformer model, ModelInfo info)
    {
        _engine = ml.Model.CreatePredictionEngine<ClaimExample, Prediction>(model);
        _labels = new LabelScores(_engine.OutputSchema);
        _info = info;
    }

    public ClaimDecision Decide(ClaimCandidate candidate)
    {
        Prediction prediction;
        // A prediction engine is not thread-safe; documents may be analyzed in parallel.
        lock (_gate) prediction = _engine.Predict(ClaimFeaturizer.Featurize(candidate));
        // The best predicate other than NONE decides, when probable enough: NONE's share is spread over many shapes.
        var (label, probability) = _labels.BestExcept(prediction, Labels.None);
        var provenance = new Provenance($"model:{_info.Name}@{_info.Version}", probability);
        if (probability < _info.Threshold || !ContractNames.TryParse<Predicate>(label, out var predicate)) return ClaimDecision.None(provenance);
        return new ClaimDecision(predicate, provenance);
    }
}
