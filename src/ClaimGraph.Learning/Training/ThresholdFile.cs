using System.Text.Json;

namespace ClaimGraph.Learning.Training;

/// <summary>
/// The per-predicate thresholds the last cross-validation chose (claim-thresholds.json beside the shipped models),
/// so an ordinary training run reuses them instead of fitting four more models.
/// </summary>
public static class ThresholdFile
{
    public const string FileName = "claim-thresholds.json";

    public static IReadOnlyDictionary<string, float> Shipped()
    {
        using var stream = typeof(ThresholdFile).Assembly.GetManifestResourceStream($"ClaimGraph.Learning.Trained.{FileName}");
        return stream is null ? new Dictionary<string, float>() : JsonSerializer.Deserialize<Dictionary<string, float>>(stream) ?? [];
    }

    public static void Write(string directory, IReadOnlyDictionary<string, float> thresholds) =>
        File.WriteAllText(Path.Combine(directory, FileName), JsonSerializer.Serialize(thresholds, new JsonSerializerOptions { WriteIndented = true }));
}
