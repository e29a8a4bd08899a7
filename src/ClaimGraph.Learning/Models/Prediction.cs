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

/// <summary>The claim classifier's answer: the probability that a candidate claims what its cue says.</summary>
public sealed class ClaimPrediction
{
    public float Probability { get; set; }
}
