using System.Reflection;
using ClaimGraph.Learning.Models.Compiled;
using ClaimGraph.Learning.Training;
using Microsoft.ML;

namespace ClaimGraph.Learning.Models;

/// <summary>
/// The trained models: read from a directory when one is given (after `claimgraph train --out DIR`),
/// otherwise the ones shipped inside this assembly.
/// </summary>
public sealed class ModelSet
{
    public const string ClaimModel = "claim-classifier";
    public const string EntityModel = "entity-classifier";
    public const string ModalityModel = "modality-classifier";

    private ModelSet(ClaimClassifier? claims, EntityCandidateClassifier? entities)
    {
        Claims = claims;
        Entities = entities;
    }

    public ClaimClassifier? Claims { get; }
    public EntityCandidateClassifier? Entities { get; }

    public static ModelSet Load(string? directory)
    {
        if (directory is not null && !File.Exists(Path.Combine(directory, ClaimModel + ".zip")))
            throw new ArgumentException($"{directory}: no {ClaimModel}.zip there (train one with `claimgraph train --out {directory}`)");
        var ml = new MLContext(seed: 1);
        ClaimClassifier? claims = null;
        EntityCandidateClassifier? entities = null;
        var modality = Open(directory, ModalityModel);
        if (Open(directory, ClaimModel) is { } c)
        {
            var modalityClassifier = modality is null ? null : new ModalityClassifier(ml, modality.Model(ml), modality.Info);
            // The compiled file spares loading the zip through ML.NET (most of a start's model time); without one
            // that matches the zip's version, the zip is loaded and compiled.
            claims = c.Compiled(CompiledModelFile.ReadClaimModel) is { } compiled
                ? new ClaimClassifier(ml, () => c.Model(ml), compiled, c.Info, modalityClassifier)
                : new ClaimClassifier(ml, c.Model(ml), c.Info, modalityClassifier);
        }
        if (Open(directory, EntityModel) is { } e)
        {
            entities = e.Compiled(CompiledModelFile.ReadEntityModel) is { } compiled
                ? new EntityCandidateClassifier(ml, () => e.Model(ml), compiled, e.Info)
                : new EntityCandidateClassifier(ml, e.Model(ml), e.Info);
        }
        return new ModelSet(claims, entities);
    }

    /// <summary>A stored model: its zip loaded on demand, its info, and its compiled file if one is there.</summary>
    private sealed record Stored(Func<MLContext, ITransformer> Model, ModelInfo Info, Func<Stream?> OpenCompiled, string? CompiledPath, Func<string> ZipVersion)
    {
        public T? Compiled<T>(Func<Stream, string, T?> read) where T : class
        {
            using var stream = OpenCompiled();
            if (stream is null) return null;
            var version = ZipVersion();
            try
            {
                return read(stream, version);
            }
            catch (InvalidDataException e) when (CompiledPath is not null)
            {
                // A file in the user's models directory: theirs to mend, so say which and how.
                throw new ArgumentException($"{CompiledPath}: {e.Message} (delete it, and the model is read from its zip)", e);
            }
        }
    }

    private static Stored? Open(string? directory, string name)
    {
        if (directory is not null && File.Exists(Path.Combine(directory, name + ".zip")))
        {
            var zip = Path.Combine(directory, name + ".zip");
            var compiled = Path.Combine(directory, name + CompiledModelFile.Extension);
            var info = ModelInfo.FromJson(File.ReadAllText(Path.Combine(directory, name + ".json")));
            // A compiled file is used only with the zip it was compiled from: the version is the zip's content hash,
            // taken from the zip itself (milliseconds), so a zip replaced without its companions is not passed over.
            return new Stored(ml => { using var s = File.OpenRead(zip); return ml.Model.Load(s, out _); }, info,
                () => File.Exists(compiled) ? File.OpenRead(compiled) : null, compiled, () => ModelTrainer.ContentVersion(zip));
        }
        var assembly = typeof(ModelSet).Assembly;
        if (assembly.GetManifestResourceInfo($"ClaimGraph.Learning.Trained.{name}.zip") is null) return null;
        using var json = new StreamReader(Resource(assembly, name + ".json"));
        var embeddedInfo = ModelInfo.FromJson(json.ReadToEnd());
        return new Stored(ml => { using var s = Resource(assembly, name + ".zip"); return ml.Model.Load(s, out _); }, embeddedInfo,
            () => assembly.GetManifestResourceStream($"ClaimGraph.Learning.Trained.{name}{CompiledModelFile.Extension}"), CompiledPath: null,
            () => embeddedInfo.Version);
    }

    private static Stream Resource(Assembly assembly, string file) =>
        assembly.GetManifestResourceStream($"ClaimGraph.Learning.Trained.{file}") ?? throw new FileNotFoundException($"model file {file} is not embedded");
}
