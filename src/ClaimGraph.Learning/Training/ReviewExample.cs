namespace ClaimGraph.Learning.Training;

/// <summary>
/// An analyst's verdict as training data: in this sentence, the pair (subject, object) asserts
/// <see cref="Label"/> (a predicate), or nothing (NONE) when the analyst rejected it.
/// </summary>
public sealed record ReviewExample(string SentenceText, string SubjectText, string? ObjectText, string Label);
