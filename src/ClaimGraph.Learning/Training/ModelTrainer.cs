using System.IO.Compression;
using System.Security.Cryptography;
using ClaimGraph.Core.Contract;
using ClaimGraph.Extraction;
using ClaimGraph.Learning.Models;
using ClaimGraph.Learning.Models.Compiled;
using Microsoft.ML;

namespace ClaimGraph.Learning.Training;

/// <summary>What one training run produced and how it went.</summary>
public sealed record TrainingResult(IReadOnlyList<ModelInfo> Models, int ClaimExamples, int EntityExamples, double CandidateRecall, IReadOnlyDictionary<string, float> Thresholds, bool Tuned);

/// <summary>
/// Trains the shipped models from gold lines, deterministically (fixed seed, one thread), and writes
/// each as a .zip with a .json beside it.
/// </summary>
public sealed class ModelTrainer(ExtractionLexicons lexicons)
{
    /// <summary>For predicates no tuning has seen.</summary>
    public const float DefaultThreshold = 0.1f;

    public TrainingResult Train(IReadOnlyList<ContractLine> gold, IReadOnlyList<ReviewExample> reviews, string outDirectory, TrainerKind kind, string trainedOn,
        bool tuneThreshold = false, bool withModalityModel = false, CancellationToken cancellationToken = default)
    {
        var set = TrainingSet.Build(lexicons, gold, reviews, cancellationToken);
        if (set.Claims.Select(c => c.Label).Distinct().Count() < 2)
            throw new ArgumentException("the gold data gives no positive claim examples to learn from");
        var ml = new MLContext(seed: ClaimModelTrainer.Seed);
        // Tuning takes four more fits and extractions; without it, the thresholds the last tuning chose (a data file)
        // are used. Tuning fits in contexts of its own, so the shipped models come out the same with or without it.
        var thresholds = tuneThreshold ? ThresholdTuner.Tune(lexicons, gold, kind, cancellationToken: cancellationToken) : ThresholdFile.Shipped();
        Directory.CreateDirectory(outDirectory);
        var infos = new List<ModelInfo>();
        var claimModel = ClaimModelTrainer.Fit(ml, set.Claims, kind);
        infos.Add(Save(ml, claimModel, outDirectory, ModelSet.ClaimModel, kind.ToString(), DefaultThreshold, set.Claims.Count, trainedOn, set.Reviewed, thresholds));
        var claimVersion = infos[^1].Version;
        SaveCompiled(outDirectory, ModelSet.ClaimModel, CompiledClaimModel.TryCompile(ml, claimModel) is { } claims ? s => CompiledModelFile.Write(claims, claimVersion, s) : null);
        if (tuneThreshold) ThresholdFile.Write(outDirectory, thresholds);
        // Off by default: on dev the rules read modality better than this model (docs/EVALUATION.md).
        if (!withModalityModel)
        {
            // A modality model left from an earlier run would otherwise be loaded beside the new claim model.
            DeleteModel(outDirectory, ModelSet.ModalityModel);
        }
        else if (set.Modalities.Select(m => m.Label).Distinct().Count() >= 2)
        {
            var modalityModel = ModalityModelTrainer.Fit(ml, set.Modalities);
            infos.Add(Save(ml, modalityModel, outDirectory, ModelSet.ModalityModel, "Sdca", 0f, set.Modalities.Count, trainedOn));
        }
        if (set.Entities.Select(e => e.Label).Distinct().Count() >= 2)
        {
            var entityModel = EntityModelTrainer.Fit(ml, set.Entities);
            infos.Add(Save(ml, entityModel, outDirectory, ModelSet.EntityModel, "Sdca", 0.5f, set.Entities.Count, trainedOn));
            var entityVersion = infos[^1].Version;
            SaveCompiled(outDirectory, ModelSet.EntityModel, CompiledEntityModel.TryCompile(ml, entityModel) is { } entities ? s => CompiledModelFile.Write(entities, entityVersion, s) : null);
        }
        else
        {
            // An entity model left from an earlier run would otherwise be loaded beside the new claim model.
            DeleteModel(outDirectory, ModelSet.EntityModel);
        }
        return new TrainingResult(infos, set.Claims.Count, set.Entities.Count, set.CandidateRecall, thresholds, tuneThreshold);
    }

    /// <summary>A hash of the model's content, not of the zip (whose entries carry timestamps), so equal models share a version.</summary>
    public static string ContentVersion(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var entry in archive.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(entry.FullName));
            using var stream = entry.Open();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            hash.AppendData(buffer.ToArray());
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..8];
    }

    /// <summary>
    /// A model compiled, beside its zip, so that loading it skips ML.NET (<see cref="CompiledModelFile"/>); a model
    /// that does not compile (another trainer) gets none, and a file left from an earlier run goes.
    /// </summary>
    private static void SaveCompiled(string directory, string name, Action<Stream>? write)
    {
        var path = Path.Combine(directory, name + CompiledModelFile.Extension);
        if (write is null)
        {
            File.Delete(path);
            return;
        }
        using var stream = File.Create(path);
        write(stream);
    }

    /// <summary>A model's files, all of them, so that none is loaded beside a newer model.</summary>
    private static void DeleteModel(string directory, string name)
    {
        foreach (var extension in new[] { ".zip", ".json", CompiledModelFile.Extension }) File.Delete(Path.Combine(directory, name + extension));
    }

    private static ModelInfo Save(MLContext ml, ITransformer model, string directory, string name, string trainer, float threshold, int examples, string trainedOn,
        IReadOnlyList<ReviewedPattern>? reviewed = null, IReadOnlyDictionary<string, float>? thresholds = null)
    {
        var zip = Path.Combine(directory, name + ".zip");
        using (var stream = File.Create(zip)) ml.Model.Save(model, null, stream);
        var version = ContentVersion(zip);
        var info = new ModelInfo(name, trainer, threshold, version, examples, trainedOn)
        {
            Reviewed = reviewed ?? [],
            PredicateThresholds = thresholds ?? new Dictionary<string, float>(),
        };
        File.WriteAllText(Path.Combine(directory, name + ".json"), info.ToJson());
        return info;
    }
}
