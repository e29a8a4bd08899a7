using ClaimGraph.Learning.Features;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.LightGbm;
using Microsoft.ML.Transforms.Text;

namespace ClaimGraph.Learning.Training;

/// <summary>Fits the claim classifier (CLAIM or not): character n-grams of the window and clause, the cue, types, shape and numbers.</summary>
public static class ClaimModelTrainer
{
    public const int Seed = 20261126;
    public const int MaxNgrams = 4000;

    public static ITransformer Fit(MLContext ml, IEnumerable<ClaimExample> examples, TrainerKind kind)
    {
        var data = ml.Data.LoadFromEnumerable(examples);
        var features = ml.Transforms.Text.FeaturizeText("WindowF", CharNgrams(), nameof(ClaimExample.Window))
            .Append(ml.Transforms.Text.FeaturizeText("ClauseF", CharNgrams(), nameof(ClaimExample.Clause)))
            .Append(ml.Transforms.Text.FeaturizeText("LeftF", CharNgrams(), nameof(ClaimExample.Left)))
            .Append(ml.Transforms.Text.FeaturizeText("RightF", CharNgrams(), nameof(ClaimExample.Right)))
            .Append(ml.Transforms.Categorical.OneHotEncoding(
            [
                new InputOutputColumnPair("CueF", nameof(ClaimExample.Cue)),
                new InputOutputColumnPair("CuePredicateF", nameof(ClaimExample.CuePredicate)),
                new InputOutputColumnPair("SubjectTypeF", nameof(ClaimExample.SubjectType)),
                new InputOutputColumnPair("ObjectTypeF", nameof(ClaimExample.ObjectType)),
                new InputOutputColumnPair("ShapeF", nameof(ClaimExample.Shape)),
                new InputOutputColumnPair("ObjectMarkerF", nameof(ClaimExample.ObjectMarker)),
            ]))
            .Append(ml.Transforms.NormalizeMinMax("NumbersF", nameof(ClaimExample.Numbers)))
            .Append(ml.Transforms.Concatenate("Features", "WindowF", "ClauseF", "LeftF", "RightF", "CueF", "CuePredicateF", "SubjectTypeF", "ObjectTypeF", "ShapeF", "ObjectMarkerF", "NumbersF"));
        var model = kind switch
        {
            TrainerKind.Sdca => (ITransformer)features.Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 200,
                L2Regularization = 1e-4f,
            })).Fit(data),
            // A binary trainer, not a two-class multiclass one: ML.NET scores a multiclass LightGBM model one class at a
            // time through a parallel loop per candidate, which spins on a busy machine (docs/BENCHMARKS.md's profile).
            _ => (ITransformer)features.Append(ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
            {
                NumberOfThreads = 2,
                Seed = Seed,
                NumberOfIterations = 100,
                LearningRate = 0.08,
                NumberOfLeaves = 16,
                MinimumExampleCountPerLeaf = 4,
                Silent = true,
            })).Fit(data),
        };
        return model;
    }

    /// <summary>Characters 1–3 at a time: Chinese needs no word segmentation for these.</summary>
    public static TextFeaturizingEstimator.Options CharNgrams() => new()
    {
        WordFeatureExtractor = null,
        // The most frequent n-grams only: rare ones do not generalize, and trees train in seconds on fewer columns.
        CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 3, UseAllLengths = true, MaximumNgramsCount = [MaxNgrams] },
        KeepPunctuations = true,
        KeepDiacritics = true,
        CaseMode = TextNormalizingEstimator.CaseMode.None,
        Norm = TextFeaturizingEstimator.NormFunction.L2,
    };
}
