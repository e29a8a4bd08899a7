using System.Text.RegularExpressions;

namespace ClaimGraph.Extraction.Normalize;

/// <summary>
/// Drops pinyin that web pages insert in parentheses after characters (戰(zhàn)略, 國（guó）), which would otherwise
/// split the words around it. Only one or two pinyin syllables with a tone mark, right after a Chinese character and
/// in a matching pair of brackets, count: an English gloss (WTO), an abbreviation (Rand) or a French word with three
/// syllables (élysée) stays.
/// </summary>
public sealed partial class RomanizationRemover
{
    public MappedText Remove(MappedText text) => text.Without(Romanization());

    // A syllable is an optional initial and a final whose vowels may carry a tone mark; a tone mark must occur.
    private const string A = "[aāáǎà]", O = "[oōóǒò]", E = "[eēéěè]", I = "[iīíǐì]", U = "[uūúǔù]", V = "[üǖǘǚǜ]";
    private const string Final =
        "(?:" + I + O + "ng|" + I + A + "ng|" + U + A + "ng|" + U + E + "ng|" + I + A + O + "|" + U + A + I + "|" + V + A + "n|"
        + A + "ng|" + E + "ng|" + O + "ng|" + I + "ng|" + I + A + "n|" + U + A + "n|"
        + A + I + "|" + E + I + "|" + A + O + "|" + O + U + "|" + A + "n|" + E + "n|" + E + "r|" + I + A + "|" + I + E + "|" + I + U + "|"
        + I + "n|" + U + A + "|" + U + O + "|" + U + I + "|" + U + "n|" + V + E + "|" + V + "n|" + U + E + "|"
        + A + "|" + O + "|" + E + "|" + I + "|" + U + "|" + V + ")";
    private const string Syllable = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?" + Final;
    private const string Gloss = "(?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])(?:" + Syllable + "){1,2}";

    [GeneratedRegex(@"(?<=[\u3400-\u9FFF\uF900-\uFAFF])(?:\(" + Gloss + @"\)|（" + Gloss + "）)")]
    private static partial Regex Romanization();
}
