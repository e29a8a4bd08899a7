namespace ClaimGraph.Core.Documents;

/// <summary>Which rule or model produced an item, and how sure it was.</summary>
/// <param name="Source">A rule id ("rule:gazetteer") or a model with its version ("model:claim@3").</param>
public sealed record Provenance(string Source, double Confidence)
{
    public static Provenance Rule(string id, double confidence = 1.0) => new($"rule:{id}", confidence);
}
