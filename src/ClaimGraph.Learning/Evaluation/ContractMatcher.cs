using ClaimGraph.Core.Contract;

namespace ClaimGraph.Learning.Evaluation;

/// <summary>
/// The contract's matching rules: entities match when their types are equal and one surface contains the
/// other; claims when predicates are equal, subjects match as entities do and objects match (or are both null).
/// Each item is matched at most once.
/// </summary>
public static class ContractMatcher
{
    public static bool SurfacesMatch(string a, string b) => a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);

    public static bool EntitiesMatch(ContractEntity gold, ContractEntity predicted) =>
        gold.Type == predicted.Type && SurfacesMatch(gold.Text, predicted.Text);

    /// <summary>Pairs gold and predicted items one to one, exact surfaces first so containment does not steal them.</summary>
    public static List<(T Gold, T Predicted)> Pair<T>(IReadOnlyList<T> gold, IReadOnlyList<T> predicted, Func<T, T, bool> matches, Func<T, T, bool> exact)
    {
        var pairs = new List<(T, T)>();
        var usedGold = new bool[gold.Count];
        var usedPredicted = new bool[predicted.Count];
        foreach (var pass in new[] { exact, matches })
        {
            for (var p = 0; p < predicted.Count; p++)
            {
                if (usedPredicted[p]) continue;
                for (var g = 0; g < gold.Count; g++)
                {
                    if (usedGold[g] || !pass(gold[g], predicted[p])) continue;
                    usedGold[g] = usedPredicted[p] = true;
                    pairs.Add((gold[g], predicted[p]));
                    break;
                }
            }
        }
        return pairs;
    }

    /// <summary>Whether a gold claim's argument (a surface of the gold line) matches a predicted one, as entities.</summary>
    public static bool ArgumentsMatch(string? gold, ContractLine goldLine, string? predicted, ContractLine predictedLine)
    {
        if (gold is null || predicted is null) return gold is null && predicted is null;
        return MatchesGold(gold, goldLine, predicted, predictedLine.Entities.FirstOrDefault(e => e.Text == predicted)?.Type);
    }

    /// <summary>A surface matches a gold one as entities do: one contains the other, and the types agree where both are known.</summary>
    public static bool MatchesGold(string goldSurface, ContractLine goldLine, string surface, string? type)
    {
        if (!SurfacesMatch(goldSurface, surface)) return false;
        var goldType = goldLine.Entities.FirstOrDefault(e => e.Text == goldSurface)?.Type;
        return goldType is null || type is null || goldType == type;
    }
}
