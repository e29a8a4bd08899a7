namespace ClaimGraph.Core.Documents;

/// <summary>The eight claim predicates of the annotation contract.</summary>
public enum Predicate
{
    Continues,
    Changes,
    Supports,
    Opposes,
    Cooperates,
    Competes,
    Confronts,
    Engages,
}
