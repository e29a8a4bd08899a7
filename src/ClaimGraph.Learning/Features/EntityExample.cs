namespace ClaimGraph.Learning.Features;

/// <summary>A name only a pattern vouches for, as the entity-candidate classifier sees it. Label: a type or REJECT.</summary>
public sealed class EntityExample
{
    public const string Reject = "REJECT";

    public string Label { get; set; } = Reject;
    public string Surface { get; set; } = "";
    public string Left { get; set; } = "";
    public string Right { get; set; } = "";
    public string Rule { get; set; } = "";
    public string ProposedType { get; set; } = "";
    public float Length { get; set; }
}
