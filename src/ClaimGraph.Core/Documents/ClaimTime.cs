namespace ClaimGraph.Core.Documents;

/// <summary>Where a claim's time came from: a date the sentence names, a relative one read against the document date, or the document date.</summary>
public enum ClaimTimeSource
{
    Sentence,
    Relative,
    Document,
}

/// <summary>The time a claim speaks of, with the words that gave it when the sentence did.</summary>
public sealed record ClaimTime(PartialDate Date, ClaimTimeSource Source, string? Expression);
