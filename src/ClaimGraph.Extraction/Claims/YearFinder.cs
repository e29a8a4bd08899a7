using System.Text.RegularExpressions;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Claims;

/// <summary>The year a claim's evidence speaks of: the last "2017 年" before the cue, else the first after it.</summary>
public static partial class YearFinder
{
    public static int? Find(string text, Span sentence, int cue)
    {
        int? before = null, after = null;
        foreach (Match m in Year().Matches(text[sentence.Start..sentence.End]))
        {
            var at = sentence.Start + m.Index;
            var year = int.Parse(m.Groups["year"].Value);
            if (at < cue) before = year;
            else after ??= year;
        }
        return before ?? after;
    }

    [GeneratedRegex(@"(?<![\d])(?<year>(?:19|20)\d{2})\s*年")]
    private static partial Regex Year();
}
