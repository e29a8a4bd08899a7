using System.Text;
using System.Text.RegularExpressions;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Normalize;

/// <summary>
/// Finds footnote bodies (lines opening with ① … ⑳ or [n] that the flow referenced earlier), marks their
/// lines so they leave the flow, and returns them as notes. A body runs on until the next page starts
/// (an indented line), a new note starts, or a finished note is followed by a blank line.
/// </summary>
public sealed partial class FootnoteExtractor
{
    private const int MaxLinesPerNote = 15;

    public IReadOnlyList<FootnoteBody> Extract(TextLines lines)
    {
        var notes = new List<FootnoteBody>();
        var line = 0;
        while (line < lines.Count)
        {
            var marker = StartMarker(lines, line);
            if (marker is null) { line++; continue; }
            var first = line;
            var last = line;
            var blankSince = false;
            for (line++; line < lines.Count && line - first < MaxLinesPerNote; line++)
            {
                if (lines.Kinds[line] == LineKind.Blank) { blankSince = true; continue; }
                if (StartMarker(lines, line) is not null || lines.StartsIndented(line)) break;
                if (blankSince && EndsFinished(lines[last])) break;
                last = line;
                blankSince = false;
            }
            for (var i = first; i <= last; i++)
                if (lines.Kinds[i] == LineKind.Content) lines.Kinds[i] = LineKind.Footnote;
            notes.Add(Body(lines, marker, first, last));
            line = last + 1;
        }
        return notes;
    }

    private static string? StartMarker(TextLines lines, int line)
    {
        if (lines.Kinds[line] != LineKind.Content) return null;
        var m = NoteStart().Match(lines[line]);
        if (!m.Success) return null;
        var marker = m.Groups["marker"].Value;
        var lineStart = lines.Ranges[line].Start;
        // A list item "① 加强…" in running text is not a note: a note's marker was referenced before it.
        var before = lines.Text.Text.AsSpan(0, lineStart);
        return before.Contains(marker.AsSpan(), StringComparison.Ordinal) ? marker : null;
    }

    private static bool EndsFinished(string line)
    {
        var t = line.TrimEnd();
        return t.EndsWith('。') || t.EndsWith('.') || t.EndsWith('页') || t.EndsWith('）') || UrlEnd().IsMatch(t);
    }

    private static FootnoteBody Body(TextLines lines, string marker, int first, int last)
    {
        var text = new StringBuilder();
        for (var i = first; i <= last; i++)
        {
            if (lines.Kinds[i] != LineKind.Footnote) continue;
            var part = lines[i].Trim();
            if (text.Length > 0 && char.IsAsciiLetterOrDigit(text[^1]) && part.Length > 0 && char.IsAsciiLetterOrDigit(part[0]))
                text.Append(' ');
            text.Append(part);
        }
        var body = NoteStart().Replace(text.ToString(), "", 1).Trim();
        var start = lines.Text.Map[lines.Ranges[first].Start];
        var endLine = lines.Ranges[last];
        var end = lines.Text.Map[Math.Max(endLine.Start, endLine.End - 1)] + 1;
        return new FootnoteBody(marker, body, new Span(start, end));
    }

    [GeneratedRegex(@"^[ \t\u3000]*(?<marker>[\u2460-\u2473]|\[\d{1,3}\])[ \t\u3000]*(?=\S)")]
    private static partial Regex NoteStart();

    [GeneratedRegex(@"https?://\S+$")]
    private static partial Regex UrlEnd();
}
