using System.Text.RegularExpressions;

namespace ClaimGraph.Extraction.Normalize;

/// <summary>Drops footnote reference markers (①, [3]) from running text, remembering where each one stood.</summary>
public sealed partial class FootnoteMarkerRemover
{
    public MappedText Remove(MappedText text, out IReadOnlyList<(string Marker, int Original)> references)
    {
        var found = new List<(string, int)>();
        references = found;
        var matches = Marker().Matches(text.Text);
        if (matches.Count == 0) return text;
        var builder = new MappedText.Builder(text.Text.Length);
        var last = 0;
        foreach (Match m in matches)
        {
            builder.Append(text, last, m.Index);
            // "said [3] that" keeps one space; "战略目标 ①" loses both.
            if (m.Groups["lead"].Length > 0 && m.Groups["trail"].Length > 0) builder.Append(' ', text.Map[m.Index]);
            found.Add((m.Groups["marker"].Value, text.Map[m.Groups["marker"].Index]));
            last = m.Index + m.Length;
        }
        builder.Append(text, last, text.Text.Length);
        return builder.Build();
    }

    [GeneratedRegex(@"(?<lead> ?)(?<marker>[\u2460-\u2473]|\[\d{1,3}\])(?<trail> ?)")]
    private static partial Regex Marker();
}
