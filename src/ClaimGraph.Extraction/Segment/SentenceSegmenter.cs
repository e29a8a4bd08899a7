using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Segment;

/// <summary>
/// Stage 2: splits normalized text into sentences at 。！？… (with their closing quotes), at paragraph breaks,
/// at ". " before a capital in Latin text and at a "." that a web page put for 。; never inside quotes or brackets unless a sentence runs too long,
/// nor at a ? inside a web address.
/// </summary>
public sealed class SentenceSegmenter(ClauseSegmenter clauses, string nameCharacters = "") : IDocumentStage
{
    /// <summary>Bounds a sentence so that text without punctuation cannot make one unbounded unit.</summary>
    public const int MaxSentenceLength = 1000;

    private const string Terminators = "。！？!?…";
    private const string Closers = "”’」』）)》\"'";

    public string Name => "segment";
    public Facet Requires => Facet.Normalized;
    public Facet Produces => Facet.Sentences;

    public AnalyzedDocument Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        var normalized = document.RequireNormalized();
        var sentences = new List<Sentence>();
        // The matching key has the text's length and punctuation, and Traditional names folded for the name check.
        foreach (var span in Split(normalized.Key, nameCharacters))
        {
            var text = normalized.Text[span.Start..span.End];
            sentences.Add(new Sentence(sentences.Count, text, span, normalized.ToOriginal(span), clauses.Split(normalized.Text, span)));
        }
        return document with { Sentences = sentences };
    }

    /// <param name="nameCharacters">Characters of transliterated names, between which a point is the name's dot (乔.拜登).</param>
    public static IEnumerable<Span> Split(string text, string nameCharacters = "")
    {
        var start = 0;
        var depth = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n') { foreach (var s in Emit(text, start, i)) yield return s; start = i + 1; depth = 0; continue; }
            var wasInside = depth > 0;
            depth = Math.Max(0, depth + Brackets.DepthChange(c));
            var end = -1;
            // A quotation that ends its own sentence (…不合则弃之。”然而) ends the sentence around it too.
            if (wasInside && depth == 0 && Closers.Contains(c) && i > start
                && (Terminators.Contains(text[i - 1]) || text[i - 1] is '.' or '．' && i > 1 && IsHan(text[i - 2])))
                end = i + 1;
            else if (Terminators.Contains(c) && (depth == 0 || i - start > MaxSentenceLength / 2) && !IsInsideUrl(text, i))
            {
                end = i + 1;
                while (end < text.Length && (Terminators.Contains(text[end]) || Closers.Contains(text[end]))) end++;
            }
            else if (c == '.' && IsLatinSentenceEnd(text, i)) end = i + 1;
            else if (c is '.' or '．' && depth == 0 && IsHanSentenceEnd(text, i) && !IsNameDot(text, i, nameCharacters) && !IsOutlineNumber(text, start, i)) end = i + 1;
            else if (i + 1 - start >= MaxSentenceLength) end = i + 1;
            if (end < 0) continue;
            foreach (var s in Emit(text, start, end)) yield return s;
            start = end;
            i = end - 1;
            depth = 0;
        }
        foreach (var s in Emit(text, start, text.Length)) yield return s;
    }

    private static IEnumerable<Span> Emit(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        for (var i = start; i < end; i++)
            if (char.IsLetterOrDigit(text[i])) { yield return new Span(start, end); yield break; }
    }

    /// <summary>
    /// A half-width or full-width full stop used as 。 by web pages that mix punctuation (美国遏制中国.日本…): after a
    /// Chinese character or closing quote, before the end, a space, a Chinese character or an opening quote. A
    /// number (3.5) or an abbreviation (U.S.) has no Chinese character beside its point.
    /// </summary>
    private static bool IsHanSentenceEnd(string text, int i) =>
        i > 0 && (IsHan(text[i - 1]) || (Closers.Contains(text[i - 1]) && i > 1 && IsHan(text[i - 2])))
        && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || IsHan(text[i + 1]) || "“‘「『《（(".Contains(text[i + 1]));

    /// <summary>
    /// A ? or ! inside a web address (…/NDS-FACT-SHEET.PDF?source=…), which a cited page's address carries as its query:
    /// the address runs on to a Latin character after it.
    /// </summary>
    private static bool IsInsideUrl(string text, int i)
    {
        if (text[i] is not ('?' or '!') || i + 1 >= text.Length || !IsUrlChar(text[i + 1])) return false;
        var from = i;
        while (from > 0 && IsUrlChar(text[from - 1])) from--;
        var token = text.AsSpan(from, i - from);
        return token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsUrlChar(char c) => c is > ' ' and < '\u007F' && c is not ('"' or '<' or '>');

    /// <summary>A point between two characters of transliterated names: the dot of 乔.拜登, 唐纳德.特朗普.</summary>
    private static bool IsNameDot(string text, int i, string nameCharacters) =>
        i > 0 && i + 1 < text.Length && nameCharacters.Contains(text[i - 1]) && nameCharacters.Contains(text[i + 1]);

    /// <summary>A point after an outline number that opens the sentence (一．, 十二.).</summary>
    private static bool IsOutlineNumber(string text, int start, int i)
    {
        var from = start;
        while (from < i && char.IsWhiteSpace(text[from])) from++;
        if (i - from is < 1 or > 3) return false;
        for (var k = from; k < i; k++)
            if (!"一二三四五六七八九十".Contains(text[k])) return false;
        return true;
    }

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    private static bool IsLatinSentenceEnd(string text, int i) =>
        i + 2 < text.Length && text[i + 1] == ' ' && char.IsAsciiLetterUpper(text[i + 2])
        && i >= 3 && char.IsAsciiLetterLower(text[i - 1]) && char.IsAsciiLetterLower(text[i - 2]) && char.IsAsciiLetter(text[i - 3]);
}
