using ClaimGraph.Core.Text;

namespace ClaimGraph.Core.Documents;

/// <summary>An argument relation from one unit of text to another (premise → conclusion, contrast, elaboration).</summary>
/// <param name="From">Normalized span of the first unit (the premise, the conceded point, the general statement).</param>
/// <param name="To">Normalized span of the second unit (the conclusion, the contrast, the elaboration).</param>
public sealed record ArgumentLink(
    LinkKind Kind,
    int FromSentence,
    Span From,
    int ToSentence,
    Span To,
    string Cue,
    Provenance Provenance);
