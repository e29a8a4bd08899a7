using System.Text.Json;
using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Lexicons;

/// <summary>How much each predicate counts toward cooperation and conflict between two actors (relation-weights.json).</summary>
public sealed class RelationWeights(IReadOnlyDictionary<Predicate, (double Cooperation, double Conflict)> weights)
{
    public (double Cooperation, double Conflict) Of(Predicate predicate, bool negated) =>
        negated ? (0, 0) : weights.GetValueOrDefault(predicate);

    public static RelationWeights Read(string json)
    {
        var raw = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, double>>>(json)
            ?? throw new InvalidDataException("relation-weights.json is empty");
        return new RelationWeights(raw.ToDictionary(
            kv => ContractNames.Parse<Predicate>(kv.Key),
            kv => (kv.Value.GetValueOrDefault("cooperation"), kv.Value.GetValueOrDefault("conflict"))));
    }
}
