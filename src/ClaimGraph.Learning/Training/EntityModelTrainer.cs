using ClaimGraph.Learning.Features;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace ClaimGraph.Learning.Training;

/// <summary>Fits the entity-candidate classifier: a type or REJECT for each name only a pattern found.</summary>
public static class EntityModelTrainer
{
    public static ITransformer Fit(MLContext ml, IEnumerable<EntityExample> examples)
    {
        var data = ml.Data.LoadFromEnumerable(examples);
        return ml.Transforms.Conversion.MapValueToKey("Label")
            .Append(ml.Transforms.Text.FeaturizeText("SurfaceF", ClaimModelTrainer.CharNgrams(), nameof(EntityExample.Surface)))
            .Append(ml.Transforms.Text.FeaturizeText("LeftF", ClaimModelTrainer.CharNgrams(), nameof(EntityExample.Left)))
            .Append(ml.Transforms.Text.FeaturizeText("RightF", ClaimModelTrainer.CharNgrams(), nameof(EntityExample.Right)))
            .Append(ml.Transforms.Categorical.OneHotEncoding(
            [
                new InputOutputColumnPair("RuleF", nameof(EntityExample.Rule)),
                new InputOutputColumnPair("ProposedTypeF", nameof(EntityExample.ProposedType)),
            ]))
            .Append(ml.Transforms.Concatenate("LengthV", nameof(EntityExample.Length)))
            .Append(ml.Transforms.NormalizeMinMax("LengthF", "LengthV"))
            .Append(ml.Transforms.Concatenate("Features", "SurfaceF", "LeftF", "RightF", "RuleF", "ProposedTypeF", "LengthF"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options { NumberOfThreads = 1, MaximumNumberOfIterations = 200 }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"))
            .Fit(data);
    }
}
