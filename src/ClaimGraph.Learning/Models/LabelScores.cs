using Microsoft.ML;
using Microsoft.ML.Data;

namespace ClaimGraph.Learning.Models;

/// <summary>The label of every score slot, so a label's probability can be read by name.</summary>
public sealed class LabelScores
{
    private readonly string[] _labels;

    public LabelScores(DataViewSchema outputSchema)
    {
        var names = default(VBuffer<ReadOnlyMemory<char>>);
        outputSchema["Score"].GetSlotNames(ref names);
        _labels = names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    /// <summary>The probability of <paramref name="label"/>, 0 when the model never saw it.</summary>
    public float Of(Prediction prediction, string label)
    {
        var slot = Array.IndexOf(_labels, label);
        return slot >= 0 && slot < prediction.Score.Length ? prediction.Score[slot] : 0f;
    }
}
