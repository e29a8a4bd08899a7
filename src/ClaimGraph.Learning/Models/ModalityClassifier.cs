using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Claims;
using ClaimGraph.Learning.Features;
using Microsoft.ML;

namespace ClaimGraph.Learning.Models;

/// <summary>The learned reading of a claim's modality (asserted, predicted, prescribed, hypothetical).</summary>
public sealed class ModalityClassifier
{
    private readonly PredictionEngine<ModalityExample, Prediction> _engine;
    private readonly object _gate = new();

    public ModalityClassifier(MLContext ml, ITransformer model, ModelInfo info)
    {
        _engine = ml.Model.CreatePredictionEngine<ModalityExample, Prediction>(model);
        Info = info;
    }

    public ModelInfo Info { get; }

    public Modality Read(ClaimCandidate candidate)
    {
        Prediction prediction;
        lock (_gate) prediction = _engine.Predict(ModalityFeaturizer.Featurize(candidate));
        return ContractNames.TryParse<Modality>(prediction.PredictedLabel, out var modality) ? modality : candidate.Modality;
    }
}
