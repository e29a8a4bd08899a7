using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Lexicons;

/// <summary>Reads gazetteer.json: {"entries": [{"type", "zh", "en", "qid", "aliases", ...}]}.</summary>
public static class GazetteerReader
{
    public static IReadOnlyList<GazetteerEntry> Read(string json)
    {
        var root = JsonNode.Parse(json) ?? throw new InvalidDataException("gazetteer is empty");
        var entries = new List<GazetteerEntry>();
        foreach (var node in root["entries"]?.AsArray() ?? throw new InvalidDataException("gazetteer has no 'entries' array"))
        {
            if (node is null) continue;
            var zh = Str(node, "zh") ?? throw new InvalidDataException($"gazetteer entry without 'zh': {node.ToJsonString()}");
            var type = Str(node, "type") ?? throw new InvalidDataException($"gazetteer entry '{zh}' has no type");
            entries.Add(new GazetteerEntry
            {
                Type = ContractNames.Parse<EntityType>(type),
                Name = zh,
                English = Str(node, "en"),
                Qid = Str(node, "qid"),
                Aliases = List(node, "aliases"),
                ShortForms = node["short"] is JsonArray ? List(node, "short") : Str(node, "short") is { } one ? [one] : [],
                Metonyms = List(node, "metonyms"),
                Country = Str(node, "country"),
                Roles = List(node, "roles"),
                Leader = Str(node, "leader"),
                Owner = Str(node, "owner"),
                Bracketed = node["bracketed"] is JsonValue b && b.GetValueKind() == JsonValueKind.True,
                Seat = node["seat"] is JsonValue seat && seat.GetValueKind() == JsonValueKind.True,
            });
        }
        return entries;
    }

    private static string? Str(JsonNode node, string key) =>
        node[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    private static IReadOnlyList<string> List(JsonNode node, string key) =>
        node[key] is JsonArray a ? a.OfType<JsonValue>().Select(v => v.GetValue<string>()).Where(s => s.Length > 0).ToList() : [];
}
