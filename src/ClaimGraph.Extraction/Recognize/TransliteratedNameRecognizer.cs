using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>Foreign names written with a middle dot (约瑟夫·奈, 唐纳德·特朗普): a person.</summary>
public sealed class TransliteratedNameRecognizer(NamePatterns patterns) : IEntityRecognizer
{
    private const int MaxPart = 6;

    public IEnumerable<EntityCandidate> Recognize(SentenceView sentence)
    {
        var key = sentence.Key;
        for (var dot = sentence.Span.Start + 1; dot < sentence.Span.End - 1; dot++)
        {
            if (key[dot] != '·' || !IsNameChar(key[dot - 1]) || !IsNameChar(key[dot + 1])) continue;
            var start = dot;
            while (start > sentence.Span.Start && dot - start < MaxPart && IsNameChar(key[start - 1])) start--;
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

    /// <summary>The last part runs into the next word when that word starts with a name character (奈认为 → 奈).</summary>
    private int TrimTrailingFunctionChar(string key, int partStart, int end)
    {
        var max = Math.Min(end, partStart + MaxPart);
        while (max > partStart + 1 && patterns.NameStopChars.Contains(key[max - 1])) max--;
        return max;
    }
}
