namespace ClaimGraph.Bench.Corpus;

/// <summary>Cuts a document into paragraphs: runs of lines between blank (or whitespace-only) lines.</summary>
public static class Paragraphs
{
    public static IReadOnlyList<string> Of(string text)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                Flush(current, paragraphs);
                continue;
            }
            current.Add(line.TrimEnd('\r'));
        }
        Flush(current, paragraphs);
        return paragraphs;
    }

    private static void Flush(List<string> lines, List<string> paragraphs)
    {
        if (lines.Count > 0) paragraphs.Add(string.Join('\n', lines));
        lines.Clear();
    }
}
