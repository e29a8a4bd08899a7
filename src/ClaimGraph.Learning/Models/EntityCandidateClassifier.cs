using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Recognize;
using ClaimGraph.Learning.Features;
using ClaimGraph.Learning.Models.Compiled;
using Microsoft.ML;

namespace ClaimGraph.Learning.Models;

/// <summary>The learned filter for names only a pattern found: keeps, retypes or rejects each one.</summary>
public sealed class EntityCandidateClassifier : ICandidateFilter
{
    private readonly Lazy<PredictionEngine<EntityExample, Prediction>> _engine;
    private readonly CompiledEntityModel? _compiled;
    private readonly ModelInfo _info;
    private readonly object _gate = new();

    public EntityCandidateClassifier(MLContext ml, ITransformer model, ModelInfo info)
        : this(ml, () => model, CompiledEntityModel.TryCompile(ml, model), info)
    {
    }

    /// <summary>A classifier scoring with <paramref name="compiled"/>, which loads the ML.NET model only if the engine is ever needed.</summary>
    public EntityCandidateClassifier(MLContext ml, Func<ITransformer> model, CompiledEntityModel? compiled, ModelInfo info)
    {
        _compiled = compiled;
        _engine = new(() => ml.Model.CreatePredictionEngine<EntityExample, Prediction>(model()));
        _info = info;
    }

    /// <summary>Whether candidates are scored by the compiled model (false: through ML.NET's prediction engine).</summary>
    public bool IsCompiled => _compiled is not null;

    public EntityCandidate? Decide(SentenceView sentence, EntityCandidate candidate)
    {
        var (label, confidence) = Predict(EntityFeaturizer.Featurize(sentence, candidate));
        if (label == EntityExample.Reject && confidence >= _info.Threshold) return null;
        if (!ContractNames.TryParse<EntityType>(label, out var type)) return candidate;
        return candidate with { Type = type, Provenance = new Provenance($"model:{_info.Name}@{_info.Version}", confidence) };
    }

    /// <summary>The label and its probability as <see cref="Decide"/> reads them.</summary>
    public (string Label, float Confidence) Predict(EntityExample example) => _compiled?.Predict(example) ?? EnginePredict(example);

    /// <summary>The label and its probability through ML.NET's prediction engine, which the compiled model must agree with.</summary>
    public (string Label, float Confidence) EnginePredict(EntityExample example)
    {
        // A prediction engine is not thread-safe; documents may be analyzed in parallel.
        lock (_gate)
        {
            var prediction = _engine.Value.Predict(example);
            return (prediction.PredictedLabel, prediction.Confidence);
        }
    }
}
