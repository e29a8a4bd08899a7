using ClaimGraph.Core.Text;

namespace ClaimGraph.Core.Documents;

/// <summary>A stance claim: subject, predicate and optional object, with its qualifiers and evidence.</summary>
/// <param name="Cue">The span of the cue word in normalized text.</param>
public sealed record Claim(
    int Id,
    int Sentence,
    int Subject,
    Predicate Predicate,
    int? Object,
    bool Negated,
    Modality Modality,
    int? Source,
    Span Cue,
    Provenance Provenance)
{
    /// <summary>The year the evidence speaks of, when it names one.</summary>
    public int? Year { get; init; }

    /// <summary>The time the claim speaks of: from its sentence, else the document date; null when neither gives one.</summary>
    public ClaimTime? Time { get; init; }

    /// <summary>How much this claim says the two sides work together (0 when negated).</summary>
    public double Cooperation { get; init; }

    /// <summary>How much this claim says the two sides are in conflict (0 when negated).</summary>
    public double Conflict { get; init; }
}
