using System.Net;
using System.Text.RegularExpressions;

namespace ClaimGraph.Extraction.Normalize;

/// <summary>
/// Removes HTML and markdown markup from web pages (tags, comments, scripts, entities, link targets, rules),
/// turning block-level tags into line breaks so paragraphs survive.
/// </summary>
public sealed partial class MarkupStripper
{
    public MappedText Strip(MappedText input)
    {
        var text = input.Text;
        if (!LooksLikeMarkup(text))
            return input;

        var drop = new bool[text.Length];
        var replace = new Dictionary<int, (char Char, int End)>();
        foreach (Match m in HiddenBlock().Matches(text)) DropRange(drop, m.Index, m.Length);
        foreach (Match m in Comment().Matches(text)) DropRange(drop, m.Index, m.Length);
        foreach (Match m in Tag().Matches(text))
        {
            if (drop[m.Index]) continue;
            DropRange(drop, m.Index, m.Length);
            if (BlockTag().IsMatch(m.Value)) { drop[m.Index] = false; replace[m.Index] = ('\n', m.Index + 1); }
        }
        foreach (Match m in MarkdownImage().Matches(text)) DropRange(drop, m.Index, m.Length);
        foreach (Match m in MarkdownLink().Matches(text))
        {
            drop[m.Index] = true;
            var close = m.Groups["target"];
            DropRange(drop, close.Index - 2, close.Length + 3);
        }
        foreach (Match m in RuleOrUrlLine().Matches(text)) DropRange(drop, m.Groups["body"].Index, m.Groups["body"].Length);
        foreach (Match m in Entity().Matches(text))
        {
            if (drop[m.Index]) continue;
            var decoded = WebUtility.HtmlDecode(m.Value);
            if (decoded.Length != 1) continue;
            DropRange(drop, m.Index, m.Length);
            drop[m.Index] = false;
            replace[m.Index] = (decoded[0] == '\u00A0' ? ' ' : decoded[0], m.Index + m.Length);
        }

        var builder = new MappedText.Builder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (drop[i]) continue;
            if (replace.TryGetValue(i, out var r))
                builder.Append(r.Char, input.Map[i], input.Ends[r.End - 1]);
            else
                builder.Append(text[i], input.Map[i], input.Ends[i]);
        }
        return builder.Build();
    }

    /// <summary>Plain text with the odd '<' is left alone; only real markup is stripped.</summary>
    public static bool LooksLikeMarkup(string text) =>
        Tag().Count(text) >= 2 || MarkdownLink().IsMatch(text) || Comment().IsMatch(text);

    private static void DropRange(bool[] drop, int start, int length)
    {
        for (var i = Math.Max(0, start); i < Math.Min(drop.Length, start + length); i++) drop[i] = true;
    }

    [GeneratedRegex(@"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex HiddenBlock();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"</?[A-Za-z][^<>]{0,2000}>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"^</?(p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|section|article|header|footer|blockquote|figure|figcaption)\b", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"!\[[^\]\n]*\]\([^)\n]*\)")]
    private static partial Regex MarkdownImage();

    [GeneratedRegex(@"\[(?<text>[^\]\n]+)\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    [GeneratedRegex(@"^(?<body>[ \t]*(-{3,}|\*{3,}|_{3,}|https?://\S+)[ \t]*)$", RegexOptions.Multiline)]
    private static partial Regex RuleOrUrlLine();

    [GeneratedRegex(@"&(#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z]{2,8});")]
    private static partial Regex Entity();
}
