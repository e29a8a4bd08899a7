namespace ClaimGraph.Extraction.Metadata.Dates;

/// <summary>
/// Numbers in dates written with Chinese numerals: years digit by digit (二〇一九, 二零一九, 一九九七), months and days
/// with 十 (十二, 二十一, 三十). Arabic and full-width digits are read as <see cref="DateDigits"/> reads them.
/// </summary>
public static class ChineseNumerals
{
    private const string Digits = "〇一二三四五六七八九";

    public static int Of(string text)
    {
        if (text.Any(char.IsDigit)) return DateDigits.Of(text);
        var ten = text.IndexOf('十');
        if (ten < 0) return text.Aggregate(0, (value, c) => value * 10 + DigitOf(c));
        var tens = ten == 0 ? 1 : DigitOf(text[ten - 1]);
        var ones = ten == text.Length - 1 ? 0 : DigitOf(text[ten + 1]);
        return tens * 10 + ones;
    }

    private static int DigitOf(char c) => c is '零' or '○' ? 0 : Digits.IndexOf(c) is var d and >= 0 ? d
        : throw new FormatException($"'{c}' is not a Chinese numeral");
}
