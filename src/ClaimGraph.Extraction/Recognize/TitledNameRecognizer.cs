using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// A name right after a title (国务卿布林肯, 外交部发言人汪文斌): a transliterated name, or a Chinese family
/// name with one or two given-name characters. The title itself is not part of the name.
/// </summary>
public sealed class TitledNameRecognizer(NamePatterns patterns) : IEntityRecognizer
{
    private const int MaxForeignName = 5;

    private readonly NameTrie _titles = new(patterns.Titles);
    private readonly NameTrie _surnames = new(patterns.Surnames);
    private readonly HashSet<string> _groupTitles = patterns.GroupTitles.ToHashSet(StringComparer.Ordinal);
    private readonly NameTrie _notNames = new(patterns.NotNameWords);

    public IEnumerable<EntityCandidate> Recognize(SentenceView sentence)
    {
        var key = sentence.Key;
        for (var i = sentence.Span.Start; i < sentence.Span.End; i++)
        {
            var title = _titles.LongestAt(key, i, sentence.Span.End);
            if (title == 0) continue;
            var start = i + title;
            var end = ForeignName(sentence, start);
            if (end - start < 2 && !_groupTitles.Contains(key.Substring(i, title))) end = ChineseName(sentence, start);
            if (end - start >= 2)
            {
                yield return new EntityCandidate(new Span(start, end), EntityType.Person, Provenance.Rule("title-name", 0.8));
                i = end - 1;
            }
        }
    }

    private int ForeignName(SentenceView sentence, int start)
    {
        var (key, limit) = (sentence.Key, sentence.Span.End);
        var end = start;
        while (end < limit && end - start < MaxForeignName && patterns.TransliterationChars.Contains(key[end])) end++;
        while (end > start && patterns.NameStopChars.Contains(key[end - 1])) end--;
        // Short runs of transliteration characters are often ordinary words; demand three, or two that something
        // ending a name follows (以色列外长卡茨表示, 北约秘书长吕特。), not the rest of a longer name (奥斯汀, 尹锡悦, 海科·马斯).
        return end - start >= 3 || end - start == 2 && EndsName(sentence, end) ? end : start;
    }

    private bool EndsName(SentenceView sentence, int at)
    {
        if (at >= sentence.Span.End) return true;
        var next = sentence.Key[at];
        return patterns.NameStopChars.Contains(next) || sentence.FollowedByAny(at, patterns.WordsAfterName)
            || char.IsPunctuation(next) && !IsNameDot(next);
    }

    private static bool IsNameDot(char c) => c is '·' or '・' or '•' or '‧' or '.' or '．';

    private int ChineseName(SentenceView sentence, int start)
    {
        var (key, limit) = (sentence.Key, sentence.Span.End);
        var surname = _surnames.LongestAt(key, start, limit);
        // 向, 于: family names that far more often begin the phrase after a title (领导人向中国…).
        if (surname == 0 || surname == 1 && patterns.NameStopChars.Contains(key[start])) return start;
        // 总理任期内: a word that only begins with a family name.
        if (_notNames.LongestAt(key, start, limit) > 0) return start;
        var end = start + surname;
        for (var given = 0; given < 2 && end < limit && Han.Is(key[end]) && !patterns.NameStopChars.Contains(key[end]); given++)
        {
            // The second given character may begin what follows the name: 陈弘教授, 陈弘看来, 总理任期内.
            if (given == 1 && (_titles.LongestAt(key, end, limit) > 0 || sentence.FollowedByAny(end, patterns.WordsAfterName))) break;
            end++;
        }
        return end - start - surname >= 1 ? end : start;
    }

}
