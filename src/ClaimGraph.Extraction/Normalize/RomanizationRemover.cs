using System.Text.RegularExpressions;

namespace ClaimGraph.Extraction.Normalize;

/// <summary>
/// Drops pinyin that web pages insert in parentheses after characters (戰(zhàn)略, 國（guó）), which would otherwise
/// split the words around it. Only a tone-marked syllable right after a Chinese character counts, so an English
/// gloss (WTO) or an abbreviation (Rand) stays.
/// </summary>
public sealed partial class RomanizationRemover
{
    public MappedText Remove(MappedText text)
    {
        var matches = Romanization().Matches(text.Text);
        if (matches.Count == 0) return text;
        var builder = new MappedText.Builder();
        var last = 0;
        foreach (Match m in matches)
        {
            builder.Append(text, last, m.Index);
            last = m.Index + m.Length;
        }
        builder.Append(text, last, text.Text.Length);
        return builder.Build();
    }

    // One or two syllables of lower-case pinyin, at least one vowel carrying a tone mark.
    [GeneratedRegex(@"(?<=[\u3400-\u9FFF\uF900-\uFAFF])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüń]{1,12}[)）]")]
    private static partial Regex Romanization();
}
