namespace ClaimGraph.Extraction.Normalize;

/// <summary>
/// Builds the matching key of a text: the same length, full-width letters and digits folded to ASCII and
/// Traditional characters folded to Simplified, corner quotes to curly ones and ASCII punctuation beside Chinese
/// to its full-width form (法新社记者:美国财政部表示, → 法新社记者：美国财政部表示，), so one gazetteer, one set of rules
/// and one model serve every script, width and page.
/// </summary>
public sealed class MatchingKey(ScriptFolding folding)
{
    public string Of(string text)
    {
        return string.Create(text.Length, text, (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                chars[i] = IsHalfWidthPunctuation(c) && (i > 0 && IsHan(source[i - 1]) || i + 1 < source.Length && IsHan(source[i + 1]))
                    ? (char)(c + 0xFEE0)
                    : folding.Fold(FoldWidth(c));
            }
        });
    }

    // , ; : ? ! — beside digits or Latin letters (1,000, 10:30, Note:) they stay as they are.
    private static bool IsHalfWidthPunctuation(char c) => c is ',' or ';' or ':' or '?' or '!';

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    public static char FoldWidth(char c) => c switch
    {
        >= '\uFF10' and <= '\uFF19' or >= '\uFF21' and <= '\uFF3A' or >= '\uFF41' and <= '\uFF5A' => (char)(c - 0xFEE0),
        '\u00B7' or '\u30FB' or '\u2022' or '\u2027' => '·',
        '\u3000' => ' ',
        '「' => '“',
        '」' => '”',
        '『' => '‘',
        '』' => '’',
        _ => c,
    };
}
