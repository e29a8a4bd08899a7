namespace ClaimGraph.Extraction.Normalize;

public enum LineKind
{
    Content,
    Blank,
    Furniture,
    Footnote,
}

/// <summary>The lines of a text, each with the role the normalizer has given it.</summary>
public sealed class TextLines
{
    public TextLines(MappedText text)
    {
        Text = text;
        var starts = new List<(int, int)>();
        var s = text.Text;
        var start = 0;
        for (var i = 0; i <= s.Length; i++)
        {
            if (i < s.Length && s[i] != '\n') continue;
            var end = i > start && s[i - 1] == '\r' ? i - 1 : i;
            starts.Add((start, end));
            start = i + 1;
        }
        Ranges = starts;
        Kinds = starts.Select(r => s.AsSpan(r.Item1, r.Item2 - r.Item1).IsWhiteSpace() ? LineKind.Blank : LineKind.Content).ToArray();
    }

    public MappedText Text { get; }

    public IReadOnlyList<(int Start, int End)> Ranges { get; }

    public LineKind[] Kinds { get; }

    public int Count => Ranges.Count;

    public string this[int line] => Text.Text[Ranges[line].Start..Ranges[line].End];

    /// <summary>True when the raw line starts with white space: in PDF extractions, the first line of a new page.</summary>
    public bool StartsIndented(int line)
    {
        var (start, end) = Ranges[line];
        return end > start && char.IsWhiteSpace(Text.Text[start]);
    }
}
