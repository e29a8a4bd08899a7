using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Claims;
using ClaimGraph.Learning.Features;
using Microsoft.ML;

namespace ClaimGraph.Learning.Models;

/// <summary>
/// The learned decider: the model gives the probability that a candidate claims what its cue word says; at or
/// above the threshold of the cue's predicate the candidate becomes a claim with that predicate.
/// </summary>
public sealed class ClaimClassifier : IClaimDecider
{
    private readonly PredictionEngine<ClaimExample, ClaimPrediction> _engine;
    private readonly ModelInfo _info;
    private readonly Dictionary<(string, string), string> _reviewed;
    private readonly object _gate = new();

    private readonly ModalityClassifier? _modality;

    public ClaimClassifier(MLContext ml, ITransformer model, ModelInfo info, ModalityClassifier? modality = null)
    {
        _modality = modality;
        _engine = ml.Model.CreatePredictionEngine<ClaimExample, ClaimPrediction>(model);
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
        ClaimPrediction prediction;
        // A prediction engine is not thread-safe; documents may be analyzed in parallel.
        lock (_gate) prediction = _engine.Predict(example);
        var probability = prediction.Probability;
        var provenance = new Provenance($"model:{_info.Name}@{_info.Version}", probability);
        var threshold = _info.PredicateThresholds.GetValueOrDefault(ContractNames.Of(candidate.CuePredicate), _info.Threshold);
        if (probability < threshold) return ClaimDecision.None(provenance);
        return new ClaimDecision(candidate.CuePredicate, provenance) { Modality = _modality?.Read(candidate) };
    }
}
