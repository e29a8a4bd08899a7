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

    /// <summary>The most probable label that is not <paramref name="none"/>, and its probability.</summary>
    public (string Label, float Probability) BestExcept(Prediction prediction, string none)
    {
        var best = ("", -1f);
        for (var i = 0; i < prediction.Score.Length && i < _labels.Length; i++)
            if (_labels[i] != none && prediction.Score[i] > best.Item2) best = (_labels[i], prediction.Score[i]);
        return best;
    }
}
