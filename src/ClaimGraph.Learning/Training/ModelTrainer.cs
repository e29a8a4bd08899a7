using System.Security.Cryptography;
using ClaimGraph.Core.Contract;
using ClaimGraph.Extraction;
using ClaimGraph.Learning.Models;
using Microsoft.ML;

namespace ClaimGraph.Learning.Training;

/// <summary>What one training run produced and how it went.</summary>
public sealed record TrainingResult(IReadOnlyList<ModelInfo> Models, int ClaimExamples, int EntityExamples, double CandidateRecall, IReadOnlyDictionary<float, double> ThresholdF1);

/// <summary>
/// Trains the shipped models from gold lines, deterministically (fixed seed, one thread), and writes
/// each as a .zip with a .json beside it.
/// </summary>
public sealed class ModelTrainer(ExtractionLexicons lexicons)
{
    public TrainingResult Train(IReadOnlyList<ContractLine> gold, IReadOnlyList<ReviewExample> reviews, string outDirectory, TrainerKind kind, string trainedOn, CancellationToken cancellationToken = default)
    {
        var set = TrainingSet.Build(lexicons, gold, reviews, cancellationToken);
        if (set.Claims.Select(c => c.Label).Distinct().Count() < 2)
            throw new ArgumentException("the gold data gives no positive claim examples to learn from");
        var ml = new MLContext(seed: ClaimModelTrainer.Seed);
        var (threshold, f1) = ThresholdTuner.Tune(ml, set.Claims, set.Groups, kind);
        Directory.CreateDirectory(outDirectory);
        var infos = new List<ModelInfo>();
        var claimModel = ClaimModelTrainer.Fit(ml, set.Claims, kind);
        infos.Add(Save(ml, claimModel, outDirectory, ModelSet.ClaimModel, kind.ToString(), threshold, set.Claims.Count, trainedOn));
        if (set.Entities.Select(e => e.Label).Distinct().Count() >= 2)
        {
            var entityModel = EntityModelTrainer.Fit(ml, set.Entities);
            infos.Add(Save(ml, entityModel, outDirectory, ModelSet.EntityModel, "Sdca", 0.5f, set.Entities.Count, trainedOn));
        }
        return new TrainingResult(infos, set.Claims.Count, set.Entities.Count, set.CandidateRecall, f1);
    }

    private static ModelInfo Save(MLContext ml, ITransformer model, string directory, string name, string trainer, float threshold, int examples, string trainedOn)
    {
        var zip = Path.Combine(directory, name + ".zip");
        using (var stream = File.Create(zip)) ml.Model.Save(model, null, stream);
        var version = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(zip)))[..8];
        var info = new ModelInfo(name, trainer, threshold, version, examples, trainedOn);
        File.WriteAllText(Path.Combine(directory, name + ".json"), info.ToJson());
        return info;
    }
}
