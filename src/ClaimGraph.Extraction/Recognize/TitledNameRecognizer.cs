using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// A name right after a title (国务卿布林肯, 外交部发言人汪文斌): a transliterated name, or a Chinese family
/// name with one or two given-name characters. The title itself is not part of the name.
/// </summary>
public sealed class TitledNameRecognizer(NamePatterns patterns, Gazetteer gazetteer) : IEntityRecognizer
{
    private const int MaxForeignName = 5;
    private const int MaxKnownName = 12;
    private const int MaxIntroduction = 4;

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
            var group = _groupTitles.Contains(key.Substring(i, title));
            var end = ForeignName(sentence, start, !group && KnownNameBefore(sentence, i));
            if (end - start < 2 && !group) end = ChineseName(sentence, start);
            if (end - start >= 2)
            {
                yield return new EntityCandidate(new Span(start, end), EntityType.Person, Provenance.Rule("title-name", 0.8));
                i = end - 1;
            }
        }
    }

    /// <param name="introduced">Whether a known state or organization stands right before the title (以色列外长).</param>
    private int ForeignName(SentenceView sentence, int start, bool introduced)
    {
        var (key, limit) = (sentence.Key, sentence.Span.End);
        var end = start;
        while (end < limit && end - start < MaxForeignName && patterns.TransliterationChars.Contains(key[end])) end++;
        while (end > start && patterns.NameStopChars.Contains(key[end - 1])) end--;
        // Short runs of transliteration characters are often ordinary words (发言人特别指出, 领导人达成的); demand three, or
        // two after a title a known state or organization introduces and before something ending a name
        // (以色列外长卡茨表示, 北约秘书长吕特。), not the rest of a longer name (奥斯汀, 尹锡悦, 海科·马斯).
        return end - start >= 3 || end - start == 2 && introduced && EndsName(sentence, end) && _notNames.LongestAt(key, start, end) == 0
            ? end : start;
    }

    /// <summary>Whether a known name ends right before the title, or a few words before it (美国新任驻华大使).</summary>
    private bool KnownNameBefore(SentenceView sentence, int title)
    {
        var start = Math.Max(sentence.Span.Start, title - MaxIntroduction - MaxKnownName);
        for (var from = start; from < title; from++)
        {
            var length = gazetteer.Names.LongestAt(sentence.Key, from, title);
            if (length > 0 && title - (from + length) <= MaxIntroduction
                && !sentence.Key.AsSpan(from + length, title - from - length).ContainsAny("，,。；;：:")) return true;
        }
        return false;
    }

    private bool Follows(SentenceView sentence, int at) =>
        _titles.LongestAt(sentence.Key, at, sentence.Span.End) > 0 || sentence.FollowedByAny(at, patterns.WordsAfterName);

    private bool EndsNameAt(SentenceView sentence, int at) =>
        at < sentence.Span.End && (patterns.NameStopChars.Contains(sentence.Key[at]) || sentence.FollowedByAny(at, patterns.WordsAfterName));

    /// <summary>Whether a name may end before <paramref name="at"/>: the sentence ends, a word that follows names begins, or punctuation other than a name's dot.</summary>
    private bool EndsName(SentenceView sentence, int at) =>
        at >= sentence.Span.End || EndsNameAt(sentence, at) || char.IsPunctuation(sentence.Key[at]) && !IsNameDot(sentence.Key[at]);

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
            // The second given character may begin what follows the name (陈弘教授, 陈弘看来), unless the name ends one
            // character later (陈国发表示: 发表 met by chance).
            if (given == 1 && Follows(sentence, end) && !EndsNameAt(sentence, end + 1)) break;
            end++;
        }
        return end - start - surname >= 1 ? end : start;
    }

}
