using System.Text.RegularExpressions;
using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// A Chinese name followed by its English personal name in brackets (马凯硕（Kishore Mahbubani）): both are the
/// person. The Chinese part is cut after any title that precedes it (研究员马凯硕 → 马凯硕).
/// </summary>
public sealed partial class ParentheticalNameRecognizer(NamePatterns patterns) : IEntityRecognizer
{
    private const int MaxChineseName = 4;
    private const int MaxTitle = 6;

    public IEnumerable<EntityCandidate> Recognize(SentenceView sentence)
    {
        var window = sentence.KeyOf(sentence.Span);
        foreach (Match m in PersonInBrackets().Matches(window))
        {
            var open = sentence.Span.Start + m.Index;
            var start = ChineseNameStart(sentence.Key, open, sentence.Span.Start);
            if (open - start < 2) continue;
            // 华沙条约组织（Warsaw Pact）: an organization or a treaty with its English name, not a person.
            if (sentence.PrecededByAny(open, patterns.MechanismSuffixes) || sentence.PrecededByAny(open, patterns.PolicySuffixes)) continue;
            yield return new EntityCandidate(new Span(start, open), EntityType.Person, Provenance.Rule("name-english", 0.85));
            var english = m.Groups["english"];
            var englishStart = sentence.Span.Start + english.Index;
            yield return new EntityCandidate(new Span(englishStart, englishStart + english.Length), EntityType.Person, Provenance.Rule("name-english", 0.85));
        }
    }

    private int ChineseNameStart(string key, int open, int limit)
    {
        var start = open;
        // A bracket at the very start has no name before it (and LastIndexOf below needs a position to start from).
        if (open <= limit) return open;
        while (start > limit && open - start < MaxChineseName && IsNameChar(key[start - 1])) start--;
        // A title may begin before the window (研究员马凯硕: the window is 员马凯硕), so look back far enough to see it.
        var from = Math.Max(limit, start - MaxTitle);
        foreach (var title in patterns.Titles)
        {
            var at = key.LastIndexOf(title, open - 1, open - from, StringComparison.Ordinal);
            if (at >= 0 && at + title.Length > start && at + title.Length < open) start = at + title.Length;
        }
        return start;
    }

    private static bool IsNameChar(char c) => (c >= '\u4E00' && c <= '\u9FFF') || c == '·';

    /// <summary>Two or more capitalised words: a personal name, not an acronym.</summary>
    [GeneratedRegex(@"[（(](?<english>[A-Z][a-z]+\.?(?:(?:[ \-]|(?<=\.))[A-Z][A-Za-z]*\.?){1,3})[）)]")]
    private static partial Regex PersonInBrackets();
}
