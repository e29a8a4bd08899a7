namespace ClaimGraph.Extraction.Normalize;

/// <summary>A one-to-one character table from Traditional to Simplified forms (loaded from a lexicon file).</summary>
public sealed class ScriptFolding(IReadOnlyDictionary<char, char> table)
{
    public static ScriptFolding None { get; } = new(new Dictionary<char, char>());

    public int Count => table.Count;

    public char Fold(char c) => table.TryGetValue(c, out var simplified) ? simplified : c;
}
