using ClaimGraph.Core.Text;

namespace ClaimGraph.Core.Documents;

/// <summary>
/// When a document was written, as far as it says: the date, the span of the original text that gives it, the rule
/// that read it and how far to trust it; or no date, with the reason.
/// </summary>
public sealed record DocumentDate(PartialDate? Value, Span? Evidence, string Rule, double Confidence, string? UnknownReason)
{
    public static DocumentDate Found(PartialDate value, Span? evidence, string rule, double confidence) =>
        new(value, evidence, rule, confidence, null);

    public static DocumentDate Unknown(string reason) => new(null, null, "none", 0, reason);
}
