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
    private readonly Dictionary<(string, string), string> _reviewed;
    private readonly object _gate = new();

    private readonly ModalityClassifier? _modality;

    public ClaimClassifier(MLContext ml, ITransformer model, ModelInfo info, ModalityClassifier? modality = null)
    {
        _modality = modality;
        _engine = ml.Model.CreatePredictionEngine<ClaimExample, Prediction>(model);
        _labels = new LabelScores(_engine.OutputSchema);
        _info = info;
        _reviewed = info.Reviewed.GroupBy(r => (r.Window, r.Cue)).ToDictionary(g => g.Key, g => g.Last().Label);
    }

    public ClaimDecision Decide(ClaimCandidate candidate)
    {
        var example = ClaimFeaturizer.Featurize(candidate);
        // What analysts decided about this very shape of sentence stands, whatever the names in it.
        if (_reviewed.TryGetValue((example.Window, example.Cue), out var verdict))
        {
            var reviewed = new Provenance($"review:{_info.Name}@{_info.Version}", 1.0);
            return ContractNames.TryParse<Predicate>(verdict, out var corrected) ? new ClaimDecision(corrected, reviewed) : ClaimDecision.None(reviewed);
        }
        Prediction prediction;
        // A prediction engine is not thread-safe; documents may be analyzed in parallel.
        lock (_gate) prediction = _engine.Predict(example);
        // The best predicate other than NONE decides, when probable enough: NONE's share is spread over many shapes.
        var decided = _labels.Decide(prediction, _info.PredicateThresholds, _info.Threshold, Labels.None);
        var provenance = new Provenance($"model:{_info.Name}@{_info.Version}", decided?.Probability ?? _labels.BestExcept(prediction, Labels.None).Probability);
        if (decided is not { } d || !ContractNames.TryParse<Predicate>(d.Label, out var predicate)) return ClaimDecision.None(provenance);
        // The cue is the claim's evidence: a predicate its cue word does not say is left to another candidate.
        if (predicate != candidate.CuePredicate) return ClaimDecision.None(provenance);
        return new ClaimDecision(predicate, provenance) { Modality = _modality?.Read(candidate) };
    }
}
