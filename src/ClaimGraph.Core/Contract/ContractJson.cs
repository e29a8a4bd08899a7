using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ClaimGraph.Core.Contract;

/// <summary>Reads and writes contract lines: one JSON object per line, UTF-8, Chinese unescaped.</summary>
public static class ContractJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = false,
    };

    public static string Write(ContractLine line) => JsonSerializer.Serialize(line, Options);

    /// <summary>Parses one line; the message names the line number and what is wrong.</summary>
    public static ContractLine Read(string json, int lineNumber)
    {
        try
        {
            var line = JsonSerializer.Deserialize<ContractLine>(json, Options)
                ?? throw new FormatException("empty line");
            if (line.Id is null || line.Text is null || line.Entities is null || line.Claims is null)
                throw new FormatException("needs id, doc, text, entities and claims");
            return line;
        }
        catch (JsonException e)
        {
            throw new FormatException($"line {lineNumber}: not a contract object: {e.Message}", e);
        }
        catch (FormatException e)
        {
            throw new FormatException($"line {lineNumber}: {e.Message}", e);
        }
    }

    public static IEnumerable<ContractLine> ReadFile(string path)
    {
        var number = 0;
        foreach (var raw in File.ReadLines(path))
        {
            number++;
            if (raw.Trim().Length == 0) continue;
            yield return Read(raw, number);
        }
    }
}
