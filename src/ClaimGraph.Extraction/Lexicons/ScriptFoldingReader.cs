using ClaimGraph.Extraction.Normalize;

namespace ClaimGraph.Extraction.Lexicons;

/// <summary>Reads hant-hans.tsv: one "traditional TAB simplified" character pair a line; '#' starts a comment.</summary>
public static class ScriptFoldingReader
{
    public static ScriptFolding Read(string tsv)
    {
        var table = new Dictionary<char, char>();
        foreach (var raw in tsv.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts.Length < 2 || parts[0].Length != 1 || parts[1].Length != 1)
                throw new InvalidDataException($"hant-hans.tsv: '{line}' is not one character, a tab and one character");
            table.TryAdd(parts[0][0], parts[1][0]);
        }
        return new ScriptFolding(table);
    }
}
