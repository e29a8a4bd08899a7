using System.Text.RegularExpressions;

namespace ClaimGraph.Extraction.Normalize;

/// <summary>
/// Rebuilds running text from the content lines: a hard line break inside a sentence disappears (or becomes a
/// space between Latin words), a paragraph break becomes '\n'. Whether a text is hard-wrapped at all is read off
/// the lengths of its running lines (menus, lists and links left out), so pasted paragraphs keep every break.
/// </summary>
public sealed partial class LineJoiner
{
    private const int MinWrappedLines = 8;

    // A line this short with no punctuation is a link or a menu item (政治, 登入), not running text.
    private const int MaxLinkLength = 6;

    public MappedText Join(TextLines lines)
    {
        var content = Enumerable.Range(0, lines.Count).Where(i => lines.Kinds[i] == LineKind.Content).ToList();
        var running = content.Select(i => lines[i].Trim()).Where(l => !IsLinkOrListItem(l)).ToList();
        var wrapped = IsHardWrapped(running, out var typical);

        var builder = new MappedText.Builder(lines.Text.Text.Length);
        string? previous = null;
        foreach (var i in content)
        {
            var current = lines[i].Trim();
            if (previous is not null)
            {
                if (!wrapped || IsParagraphEnd(previous, current, typical))
                    builder.Append('\n', lines.Text.Map[lines.Ranges[i].Start]);
                else if (NeedsSpace(builder.Last, current[0]))
                    builder.Append(' ', lines.Text.Map[lines.Ranges[i].Start]);
            }
            AppendCollapsed(builder, lines, i);
            previous = current;
        }
        return builder.Build();
    }

    /// <summary>
    /// A hard-wrapped text has a dominant line length (the page width): at least 40% of its running lines lie
    /// within 10% of one length, and most of those break off mid-sentence (web paragraphs of like length each end
    /// one). That length is the typical full line.
    /// </summary>
    private static bool IsHardWrapped(List<string> running, out double typical)
    {
        typical = 0;
        if (running.Count < MinWrappedLines) return false;
        var lengths = running.Select(l => l.Length).ToList();
        var best = 0;
        foreach (var candidate in lengths.Distinct())
        {
            var band = lengths.Count(l => InBand(l, candidate));
            if (band > best || (band == best && candidate > typical)) (best, typical) = (band, candidate);
        }
        var width = typical;
        var full = running.Where(l => InBand(l.Length, width)).ToList();
        return best >= 0.4 * running.Count && full.Count(l => !EndsSentence().IsMatch(l)) * 2 > full.Count;
    }

    private static bool InBand(int length, double width) => length >= 0.9 * width && length <= 1.1 * width;

    /// <summary>A bulleted line, or a few characters without punctuation: a menu item, list item or link.</summary>
    private static bool IsLinkOrListItem(string line) =>
        ListMarker().IsMatch(line) || (line.Length <= MaxLinkLength && !line.Any(char.IsPunctuation));

    private static bool IsParagraphEnd(string previous, string next, double typical)
    {
        if (ContinuesOn().IsMatch(previous)) return false;
        if (previous.Length < 0.8 * typical) return true;
        if (EndsSentence().IsMatch(previous) && previous.Length < 0.9 * typical) return true;
        if (Heading().IsMatch(previous) && !EndsSentence().IsMatch(previous) && previous.Length < 0.9 * typical) return true;
        return (Heading().IsMatch(next) || ParagraphOpener().IsMatch(next)) && EndsSentence().IsMatch(previous);
    }

    private static bool NeedsSpace(char left, char right) =>
        (char.IsAsciiLetterOrDigit(left) || ",.;:)".Contains(left)) && char.IsAsciiLetterOrDigit(right);

    private static void AppendCollapsed(MappedText.Builder builder, TextLines lines, int line)
    {
        var (start, end) = lines.Ranges[line];
        var s = lines.Text.Text;
        while (start < end && char.IsWhiteSpace(s[start])) start++;
        while (end > start && char.IsWhiteSpace(s[end - 1])) end--;
        for (var i = start; i < end; i++)
        {
            if (char.IsWhiteSpace(s[i]))
            {
                if (builder.Last != ' ') builder.Append(' ', lines.Text.Map[i]);
                continue;
            }
            builder.Append(s[i], lines.Text.Map[i], lines.Text.Ends[i]);
        }
    }

    [GeneratedRegex(@"^[•·●○▪■□◆◇►▶※*\-–|]\s")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"[。！？!?…][”’」』）)]?$")]
    private static partial Regex EndsSentence();

    [GeneratedRegex(@"[，、：；（(“‘《〈—\-]$")]
    private static partial Regex ContinuesOn();

    /// <summary>Section headings: （一）, 一、, 1. — a short line opening so is a heading of its own.</summary>
    [GeneratedRegex(@"^([（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．]\D)")]
    private static partial Regex Heading();

    /// <summary>Paragraph openers inside running text: 第二，首先，… start a paragraph only after a finished sentence.</summary>
    [GeneratedRegex(@"^(第[一二三四五六七八九十]{1,3}[，,、]|首先，|其次，|再次，|最后，)")]
    private static partial Regex ParagraphOpener();
}
