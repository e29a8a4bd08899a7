using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>Foreign names written with a middle dot (约瑟夫·奈, 唐纳德·特朗普): a person.</summary>
public sealed class TransliteratedNameRecognizer(NamePatterns patterns) : IEntityRecognizer
{
    private const int MaxPart = 6;
    private const int MaxTitle = 8;

    private readonly NameTrie _titles = new(patterns.Titles);

    public IEnumerable<EntityCandidate> Recognize(SentenceView sentence)
    {
        var key = sentence.Key;
        for (var dot = sentence.Span.Start + 1; dot < sentence.Span.End - 1; dot++)
        {
            if (key[dot] != '·' || !IsNameChar(key[dot - 1]) || !IsNameChar(key[dot + 1])) continue;
            var start = dot;
            while (start > sentence.Span.Start && dot - start < MaxPart && IsNameChar(key[start - 1])) start--;
            start = AfterTitle(key, start, dot, sentence.Span.Start);
            var end = dot + 1;
            var lastPart = dot + 1;
            while (end < sentence.Span.End && (IsNameChar(key[end]) || (key[end] == '·' && end + 1 < sentence.Span.End && IsNameChar(key[end + 1]))))
            {
                if (key[end] == '·') lastPart = end + 1;
                end++;
            }
            end = TrimTrailingFunctionChar(key, lastPart, end);
            yield return new EntityCandidate(new Span(start, end), EntityType.Person, Provenance.Rule("name-with-dot", 0.9));
            dot = end;
        }
    }

    private bool IsNameChar(char c) => patterns.TransliterationChars.Contains(c);

    /// <summary>
    /// Where the first part starts once a title's last characters are left out of it: 總理安東尼·阿爾巴尼斯 is 安東尼…,
    /// though 理 is a name character too; a title that fills the whole run (总理·阿尔巴尼斯) leaves the name after the dot.
    /// </summary>
    private int AfterTitle(string key, int start, int dot, int sentenceStart)
    {
        // A title that begins before the run and ends inside it or at the dot; the last such end wins.
        for (var at = dot; at > start; at--)
            for (var from = Math.Max(sentenceStart, at - MaxTitle); from <= start; from++)
                if (_titles.LongestAt(key, from, at) == at - from) return at == dot ? dot + 1 : at;
        return start;
    }

    /// <summary>The last part runs into the next word when that word starts with a name character (奈认为 → 奈).</summary>
    private int TrimTrailingFunctionChar(string key, int partStart, int end)
    {
        var max = Math.Min(end, partStart + MaxPart);
        while (max > partStart + 1 && patterns.NameStopChars.Contains(key[max - 1])) max--;
        return max;
    }
}
