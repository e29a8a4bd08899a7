namespace ClaimGraph.Learning.Evaluation;

/// <summary>Counts of matched, predicted and gold items, with precision, recall and F1.</summary>
public sealed record PrF1(int Matched, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? (Predicted == 0 ? 1 : 0) : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrF1 operator +(PrF1 a, PrF1 b) => new(a.Matched + b.Matched, a.Predicted + b.Predicted, a.Gold + b.Gold);

    public static PrF1 Zero { get; } = new(0, 0, 0);
}
