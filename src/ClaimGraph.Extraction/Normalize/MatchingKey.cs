namespace ClaimGraph.Extraction.Normalize;

/// <summary>
/// Builds the matching key of a text: the same length, full-width letters and digits folded to ASCII and
/// Traditional characters folded to Simplified and corner quotes to curly ones, so one gazetteer and one
/// model serve every script and width.
/// </summary>
public sealed class MatchingKey(ScriptFolding folding)
{
    public string Of(string text)
    {
        return string.Create(text.Length, text, (chars, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                chars[i] = folding.Fold(FoldWidth(source[i]));
        });
    }

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
