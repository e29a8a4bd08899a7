using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Segment;

/// <summary>
/// A heading is a short sentence with no closing or continuing punctuation: a title, a section heading, a digest
/// item's headline. Titles, section authors and the reach of a digest's speaker all use this one rule.
/// </summary>
public static class Headings
{
    public const int MaxLength = 60;

    public static bool IsHeading(Sentence sentence) =>
        sentence.Text.Length is >= 2 and <= MaxLength && !"。！？!?；;，,：:…”’".Contains(sentence.Text[^1]);
}
