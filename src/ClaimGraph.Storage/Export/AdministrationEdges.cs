using System.Globalization;
using ClaimGraph.Core.Actors;

namespace ClaimGraph.Storage.Export;

/// <summary>
/// ADMINISTRATION_OF (administration → state) and LED_BY (administration → leader, one per stretch heading the
/// state's government, with from/to/office) between exported actors, from the reference data rather than the store.
/// </summary>
public static class AdministrationEdges
{
    public static IEnumerable<ExportEdge> Among(IReadOnlyDictionary<string, ExportNode> nodes, IActorDirectory directory)
    {
        foreach (var node in nodes.Values.Where(n => n.Group == "Actor").OrderBy(n => n.Key, StringComparer.Ordinal))
        {
            if (directory.Administration(node.Key) is not { } links) continue;
            if (links.Country is { } country && nodes.ContainsKey(country.Key))
                yield return ExportNodes.Edge(nodes, node.Key, country.Key, "ADMINISTRATION_OF");
            foreach (var led in links.LedBy.Where(l => nodes.ContainsKey(l.Leader.Key)))
                yield return ExportNodes.Edge(nodes, node.Key, led.Leader.Key, "LED_BY", new Dictionary<string, object?>
                {
                    ["from"] = Day(led.From),
                    ["to"] = Day(led.To),
                    ["office"] = led.Office,
                });
        }
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
