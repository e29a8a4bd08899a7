using System.Text.Json;

namespace ClaimGraph.Learning.Models;

/// <summary>What travels beside a model file: trainer, decision threshold, version, and how it was trained.</summary>
public sealed record ModelInfo(string Name, string Trainer, float Threshold, string Version, int Examples, string TrainedOn)
{
    /// <summary>
    /// Patterns analysts reviewed: the candidate's shape with names replaced by roles (Ⓢ对Ⓞ施压) and its cue,
    /// with the verdict (a predicate, or NONE for a rejection). They decide before the model does, for any names.
    /// </summary>
    public IReadOnlyList<ReviewedPattern> Reviewed { get; init; } = [];

    /// <summary>Decision threshold per predicate (chosen by cross-validation on train); <see cref="Threshold"/> for the rest.</summary>
    public IReadOnlyDictionary<string, float> PredicateThresholds { get; init; } = new Dictionary<string, float>();

    public string ToJson() => JsonSerializer.Serialize(this, new JsonSerializerOptions { WriteIndented = true });

    public static ModelInfo FromJson(string json) =>
        JsonSerializer.Deserialize<ModelInfo>(json) ?? throw new InvalidDataException("model info is empty");
}
