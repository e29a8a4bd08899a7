using System.Reflection;
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
            claims = new ClaimClassifier(ml, c.Model(ml), c.Info, modality is null ? null : new ModalityClassifier(ml, modality.Model(ml), modality.Info));
        }
        if (Open(directory, EntityModel) is { } e) entities = new EntityCandidateClassifier(ml, e.Model(ml), e.Info);
        return new ModelSet(claims, entities);
    }

    private sealed record Stored(Func<MLContext, ITransformer> Model, ModelInfo Info);

    private static Stored? Open(string? directory, string name)
    {
        if (directory is not null && File.Exists(Path.Combine(directory, name + ".zip")))
        {
            var zip = Path.Combine(directory, name + ".zip");
            var info = ModelInfo.FromJson(File.ReadAllText(Path.Combine(directory, name + ".json")));
            return new Stored(ml => { using var s = File.OpenRead(zip); return ml.Model.Load(s, out _); }, info);
        }
        var assembly = typeof(ModelSet).Assembly;
        if (assembly.GetManifestResourceInfo($"ClaimGraph.Learning.Trained.{name}.zip") is null) return null;
        using var json = new StreamReader(Resource(assembly, name + ".json"));
        var embeddedInfo = ModelInfo.FromJson(json.ReadToEnd());
        return new Stored(ml => { using var s = Resource(assembly, name + ".zip"); return ml.Model.Load(s, out _); }, embeddedInfo);
    }

    private static Stream Resource(Assembly assembly, string file) =>
        assembly.GetManifestResourceStream($"ClaimGraph.Learning.Trained.{file}") ?? throw new FileNotFoundException($"model file {file} is not embedded");
}
