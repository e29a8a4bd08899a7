using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Claims;
using ClaimGraph.Learning.Features;
using ClaimGraph.Learning.Models.Compiled;
using Microsoft.ML;

namespace ClaimGraph.Learning.Models;

/// <summary>
/// The learned decider: the model gives the probability that a candidate claims what its cue word says; at or
/// above the threshold of the cue's predicate the candidate becomes a claim with that predicate.
/// </summary>
public sealed class ClaimClassifier : IClaimDecider
{
    private readonly Lazy<PredictionEngine<ClaimExample, ClaimPrediction>> _engine;
    private readonly CompiledClaimModel? _compiled;
    private readonly ModelInfo _info;
    private readonly Dictionary<(string, string), string> _reviewed;
    private readonly object _gate = new();
    private readonly string _modelSource;
    private readonly string _reviewSource;

    private readonly ModalityClassifier? _modality;

    public ClaimClassifier(MLContext ml, ITransformer model, ModelInfo info, ModalityClassifier? modality = null)
        : this(ml, () => model, CompiledClaimModel.TryCompile(ml, model), info, modality)
    {
    }

    /// <summary>
    /// A classifier scoring with <paramref name="compiled"/> (read from its own file), which loads the ML.NET model only
    /// if the engine is ever needed.
    /// </summary>
    public ClaimClassifier(MLContext ml, Func<ITransformer> model, CompiledClaimModel? compiled, ModelInfo info, ModalityClassifier? modality = null)
    {
        _modality = modality;
        // The compiled model scores exactly as the engine does, without its per-row cost; the engine is built only
        // for a model of another shape (or a text the compiled one declines).
        _compiled = compiled;
        _engine = new(() => ml.Model.CreatePredictionEngine<ClaimExample, ClaimPrediction>(model()));
        _info = info;
        // Every candidate's provenance names the model: the text is made once.
        _modelSource = $"model:{info.Name}@{info.Version}";
        _reviewSource = $"review:{info.Name}@{info.Version}";
        _reviewed = info.Reviewed.GroupBy(r => (r.Window, r.Cue)).ToDictionary(g => g.Key, g => g.Last().Label);
    }

    public ClaimDecision Decide(ClaimCandidate candidate)
    {
        var example = ClaimFeaturizer.Featurize(candidate);
        // What analysts decided about this very shape of sentence stands, whatever the names in it (asked only when
        // there are any: hashing the window costs every candidate).
        if (_reviewed.Count > 0 && _reviewed.TryGetValue((example.Window, example.Cue), out var verdict))
        {
            var reviewed = new Provenance(_reviewSource, 1.0);
            return ContractNames.TryParse<Predicate>(verdict, out var corrected) ? new ClaimDecision(corrected, reviewed) : ClaimDecision.None(reviewed);
        }
        var probability = Probability(example);
        var provenance = new Provenance(_modelSource, probability);
        var threshold = _info.PredicateThresholds.GetValueOrDefault(ContractNames.Of(candidate.CuePredicate), _info.Threshold);
        if (probability < threshold) return ClaimDecision.None(provenance);
        return new ClaimDecision(candidate.CuePredicate, provenance) { Modality = _modality?.Read(candidate) };
    }

    /// <summary>Whether candidates are scored by the compiled model (false: through ML.NET's prediction engine).</summary>
    public bool IsCompiled => _compiled is not null;

    /// <summary>The probability through ML.NET's prediction engine, which the compiled model must match.</summary>
    public float EngineProbability(ClaimExample example)
    {
        // A prediction engine is not thread-safe; documents may be analyzed in parallel.
        lock (_gate) return _engine.Value.Predict(example).Probability;
    }

    /// <summary>The probability as <see cref="Decide"/> computes it.</summary>
    public float Probability(ClaimExample example) => _compiled?.Probability(example) ?? EngineProbability(example);
}
