using Microsoft.ML.Data;

namespace ClaimGraph.Learning.Models;

/// <summary>A classifier's answer: the label and the scores (probabilities) of every label.</summary>
public sealed class Prediction
{
    [ColumnName("PredictedLabel")]
    public string PredictedLabel { get; set; } = "";

    public float[] Score { get; set; } = [];

    public float Confidence => Score.Length == 0 ? 0 : Score.Max();
}
