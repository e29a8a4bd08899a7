namespace ClaimGraph.Bench.Report;

/// <summary>One measured figure beside its floor from the same run; Ratio is figure ÷ floor (for times, floor ÷ figure), so 1 is the floor's speed.</summary>
public sealed record Figure(string Area, string What, double Value, string Unit, double? Floor, string? FloorWhat)
{
    public bool HigherIsBetter { get; init; } = true;

    public double? Ratio => Floor is { } f && f > 0 && Value > 0 ? (HigherIsBetter ? Value / f : f / Value) : null;
}
