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

    public IEnumerable<EntityCandidate> Recognize(SentenceView sentence)
    {
        var key = sentence.Key;
        for (var i = sentence.Span.Start; i < sentence.Span.End; i++)
        {
            var title = _titles.LongestAt(key, i, sentence.Span.End);
            if (title == 0) continue;
            var start = i + title;
            var end = ForeignName(key, start, sentence.Span.End);
            if (end - start < 2 && !_groupTitles.Contains(key.Substring(i, title))) end = ChineseName(key, start, sentence.Span.End);
            if (end - start >= 2)
            {
                yield return new EntityCandidate(new Span(start, end), EntityType.Person, Provenance.Rule("title-name", 0.8));
                i = end - 1;
            }
        }
    }

    private int ForeignName(string key, int start, int limit)
    {
        var end = start;
        while (end < limit && end - start < MaxForeignName && patterns.TransliterationChars.Contains(key[end])) end++;
        while (end > start && patterns.NameStopChars.Contains(key[end - 1])) end--;
        // Short runs of transliteration characters are often ordinary words; demand three.
        return end - start >= 3 ? end : start;
    }

    private int ChineseName(string key, int start, int limit)
    {
        var surname = _surnames.LongestAt(key, start, limit);
        // 向, 于: family names that far more often begin the phrase after a title (领导人向中国…).
        if (surname == 0 || surname == 1 && patterns.NameStopChars.Contains(key[start])) return start;
        var end = start + surname;
        for (var given = 0; given < 2 && end < limit && Han.Is(key[end]) && !patterns.NameStopChars.Contains(key[end]); given++) end++;
        return end - start - surname >= 1 ? end : start;
    }

}
