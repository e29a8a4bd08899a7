using ClaimGraph.Tests.Shared;
using FsCheck;
using FsCheck.Fluent;

namespace ClaimGraph.Reliability.Tests.Properties;

/// <summary>
/// Random text of the kinds analysts feed in: corpus sentences, mutated (cut, spliced, characters inserted or
/// dropped), mixed with markup, emoji, right-to-left and combining marks, Traditional forms, Latin and stray controls.
/// </summary>
public static class TextGenerators
{
    private static readonly string[] s_sentences = RepositoryPaths.CorpusFiles
        .SelectMany(f => File.ReadAllText(f).Split('。'))
        .Select(s => s.Trim())
        .Where(s => s.Length is > 8 and < 160)
        .Select(s => s + "。")
        .ToArray();

    private static readonly string[] s_oddPieces =
    [
        "<p>", "</div>", "<script>var a='<b>';</script>", "&nbsp;", "&#x7F8E;", "👍", "🇺🇸", "🧑‍🤝‍🧑", "שלום", "مرحبا", "\u200F", "\u202E",
        "é", "e\u0301", "\u0302", "美國", "拜登政府", "特朗普政府", "東盟", "The United States", "（Joe Biden）", "“印太战略”", "《外交》",
        "①", "[1]", "\t", "\r\n", "\n\n", "\u3000", "，", "；", "：", "？", "！", "……", "——", "\u0007", "\uFFFD", "\uD83D", "1949年", "２０２１年",
    ];

    private static Gen<string> Sentence => Gen.Elements(s_sentences);

    private static Gen<string> Piece => Gen.OneOf(Sentence, Sentence, Gen.Elements(s_oddPieces));

    /// <summary>A document of 1 to 31 pieces, some of them mutated (any of them may open it, a bracketed name included).</summary>
    public static Gen<string> Document =>
        from count in Gen.Choose(1, 31)
        from pieces in Gen.OneOf(Piece, Mutated).ListOf(count)
        select string.Concat(pieces);

    private static Gen<string> Mutated =>
        from sentence in Sentence
        from cut in Gen.Choose(0, sentence.Length)
        from insert in Gen.Elements(s_oddPieces)
        from kind in Gen.Choose(0, 3)
        select kind switch
        {
            0 => sentence[..cut],
            1 => sentence[cut..] + sentence[..cut],
            2 => sentence.Insert(cut, insert),
            _ => sentence.Remove(cut, Math.Min(2, sentence.Length - cut)),
        };

    public static Arbitrary<string> Documents() => Document.ToArbitrary();
}
