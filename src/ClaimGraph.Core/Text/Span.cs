namespace ClaimGraph.Core.Text;

/// <summary>A half-open character range [Start, End).</summary>
public readonly record struct Span(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int position) => position >= Start && position < End;

    public bool Contains(Span other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(Span other) => Start < other.End && other.Start < End;

    public override string ToString() => $"[{Start},{End})";
}
