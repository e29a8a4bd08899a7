using ClaimGraph.Learning.Features;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace ClaimGraph.Learning.Training;

/// <summary>Fits the modality classifier on the candidates that match a gold claim, labelled with its modality.</summary>
public static class ModalityModelTrainer
{
    public static ITransformer Fit(MLContext ml, IEnumerable<ModalityExample> examples)
    {
        var data = ml.Data.LoadFromEnumerable(examples);
        return ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("BeforeF", ClaimModelTrainer.CharNgrams(), nameof(ModalityExample.Before)))
            .Append(ml.Transforms.Text.FeaturizeText("AfterF", ClaimModelTrainer.CharNgrams(), nameof(ModalityExample.After)))
            .Append(ml.Transforms.Text.FeaturizeText("OpeningF", ClaimModelTrainer.CharNgrams(), nameof(ModalityExample.Opening)))
            .Append(ml.Transforms.Categorical.OneHotEncoding(
            [
                new InputOutputColumnPair("CueF", nameof(ModalityExample.Cue)),
                new InputOutputColumnPair("RuleF", nameof(ModalityExample.RuleModality)),
            ]))
            .Append(ml.Transforms.Concatenate("Features", "BeforeF", "AfterF", "OpeningF", "CueF", "RuleF"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1, MaximumNumberOfIterations = 200 }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"))
            .Fit(data);
    }
}
