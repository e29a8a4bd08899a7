using Microsoft.ML;
using Microsoft.ML.Data;

namespace ClaimGraph.Learning.Models;

/// <summary>The label of every score slot, so the best label other than NONE can be read with its probability.</summary>
public sealed class LabelScores
{
    private readonly string[] _labels;

    public LabelScores(DataViewSchema outputSchema)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        outputSchema["Score"].GetSlotNames(ref names);
        _labels = names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    public IReadOnlyDictionary<string, float> All(Prediction prediction) =>
        _labels.Zip(prediction.Score).ToDictionary(p => p.First, p => p.Second);

    /// <summary>
    /// Among the labels whose probability reaches their own threshold, the one furthest above it; none when no
    /// label reaches its threshold.
    /// </summary>
    public (string Label, float Probability)? Decide(Prediction prediction, IReadOnlyDictionary<string, float> thresholds, float fallback, string none)
    {
        (string, float, float)? best = null;
        for (var i = 0; i < prediction.Score.Length && i < _labels.Length; i++)
        {
            if (_labels[i] == none) continue;
            var threshold = thresholds.GetValueOrDefault(_labels[i], fallback);
            var ratio = prediction.Score[i] / threshold;
            if (prediction.Score[i] >= threshold && (best is null || ratio > best.Value.Item3)) best = (_labels[i], prediction.Score[i], ratio);
        }
        return best is { } b ? (b.Item1, b.Item2) : null;
    }

    /// <summary>The most probable label that is not <paramref name="none"/>, and its probability.</summary>
    public (string Label, float Probability) BestExcept(Prediction prediction, string none)
    {
        var best = ("", -1f);
        for (var i = 0; i < prediction.Score.Length && i < _labels.Length; i++)
            if (_labels[i] != none && prediction.Score[i] > best.Item2) best = (_labels[i], prediction.Score[i]);
        return best;
    }
}
