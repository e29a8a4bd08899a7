namespace ClaimGraph.Core.Documents;

/// <summary>Argument relations between two units of text (premise → conclusion, contrast, elaboration).</summary>
public enum LinkKind
{
    Supports,
    Contrasts,
    Elaborates,
}
