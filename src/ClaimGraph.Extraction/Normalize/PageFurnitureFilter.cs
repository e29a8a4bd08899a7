using System.Text.RegularExpressions;

namespace ClaimGraph.Extraction.Normalize;

/// <summary>
/// Marks running headers and page furniture: short lines repeated on several pages, and page numbers.
/// </summary>
public sealed partial class PageFurnitureFilter
{
    private const int MaxHeaderLength = 30;
    private const int MinRepeats = 3;

    public void Mark(TextLines lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines.Kinds[i] != LineKind.Content) continue;
            var t = lines[i].Trim();
            if (t.Length <= MaxHeaderLength) counts[t] = counts.GetValueOrDefault(t) + 1;
        }
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines.Kinds[i] != LineKind.Content) continue;
            var t = lines[i].Trim();
            if (PageNumber().IsMatch(t) || (counts.GetValueOrDefault(t) >= MinRepeats && !EndsSentence(t)))
                lines.Kinds[i] = LineKind.Furniture;
        }
    }

    private static bool EndsSentence(string t) => t.Length > 0 && "。！？!?".Contains(t[^1]);

    [GeneratedRegex(@"^([-—–·\s]*\d{1,4}[-—–·\s]*|第\s*\d{1,4}\s*页|\d{1,4}\s*/\s*\d{1,4}|Page\s+\d+( of \d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();
}
