using Microsoft.ML;
using Microsoft.ML.Data;

namespace ClaimGraph.Learning.Models.Compiled;

/// <summary>
/// The names ML.NET's character tokenizer gives each character ("美", "<␂>" for the start mark, "<␠>" for a space),
/// read from the tokenizer itself, to read n-gram slot names back into characters.
/// </summary>
public sealed class CharTokenNames
{
    private readonly Dictionary<string, char> _chars;

    private CharTokenNames(Dictionary<string, char> chars) => _chars = chars;

    public static CharTokenNames Read(MLContext ml)
    {
        var data = ml.Data.LoadFromEnumerable(new[] { new Row { Text = "" } });
        var schema = ml.Transforms.Text.TokenizeIntoCharactersAsKeys("Tokens", nameof(Row.Text), useMarkerCharacters: true)
            .Fit(data).GetOutputSchema(data.Schema);
        VBuffer<ReadOnlyMemory<char>> names = default;
        schema["Tokens"].GetKeyValues(ref names);
        var chars = new Dictionary<string, char>(names.Length, StringComparer.Ordinal);
        var key = 0;
        // Key k names character k (key 0, the null character, is missing).
        foreach (var name in names.DenseValues()) chars.TryAdd(name.ToString(), (char)++key);
        return new CharTokenNames(chars);
    }

    /// <summary>The characters of an n-gram's slot name (tokens joined by '|'), or null if it reads in no way or in more than one.</summary>
    public string? Parse(string slotName, int maxTokens)
    {
        string? found = null;
        var readings = 0;
        Read(slotName, 0, "", maxTokens, ref found, ref readings);
        return readings == 1 ? found : null;
    }

    private void Read(string name, int at, string prefix, int tokensLeft, ref string? found, ref int readings)
    {
        if (tokensLeft == 0) return;
        for (var end = at + 1; end <= name.Length; end++)
        {
            if (end < name.Length && name[end] != '|') continue;
            if (!_chars.TryGetValue(name[at..end], out var c)) continue;
            if (end == name.Length)
            {
                found = prefix + c;
                readings++;
            }
            else Read(name, end + 1, prefix + c, tokensLeft - 1, ref found, ref readings);
        }
    }

    private sealed class Row
    {
        public string Text { get; set; } = "";
    }
}
