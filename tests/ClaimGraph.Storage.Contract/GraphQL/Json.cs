using System.Text.Json;

namespace ClaimGraph.Storage.Contract.GraphQL;

/// <summary>Short reads of GraphQL answers: a dotted path to a value, the items of a list.</summary>
public static class Json
{
    public static JsonElement At(this JsonElement element, string path)
    {
        foreach (var step in path.Split('.'))
            element = int.TryParse(step, out var index) ? element[index] : element.GetProperty(step);
        return element;
    }

    public static string? Text(this JsonElement element, string path) => element.At(path) is { ValueKind: not JsonValueKind.Null } e ? e.ToString() : null;

    public static int Int(this JsonElement element, string path) => element.At(path).GetInt32();

    public static IReadOnlyList<JsonElement> Items(this JsonElement element, string path) => element.At(path).EnumerateArray().ToList();
}
