using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Recognize;
using ClaimGraph.Learning.Features;
using Microsoft.ML;

namespace ClaimGraph.Learning.Models;

/// <summary>The learned filter for names only a pattern found: keeps, retypes or rejects each one.</summary>
public sealed class EntityCandidateClassifier : ICandidateFilter
{
    private readonly PredictionEngine<EntityExample, Prediction> _engine;
    private readonly ModelInfo _info;
    private readonly object _gate = new();

    public EntityCandidateClassifier(MLContext ml, ITransformer model, ModelInfo info)
    {
        _engine = ml.Model.CreatePredictionEngine<EntityExample, Prediction>(model);
        _info = info;
    }

    public EntityCandidate? Decide(SentenceView sentence, EntityCandidate candidate)
    {
        Prediction prediction;
        lock (_gate) prediction = _engine.Predict(EntityFeaturizer.Featurize(sentence, candidate));
        if (prediction.PredictedLabel == EntityExample.Reject && prediction.Confidence >= _info.Threshold) return null;
        if (!ContractNames.TryParse<EntityType>(prediction.PredictedLabel, out var type)) return candidate;
        return candidate with { Type = type, Provenance = new Provenance($"model:{_info.Name}@{_info.Version}", prediction.Confidence) };
    }
}
