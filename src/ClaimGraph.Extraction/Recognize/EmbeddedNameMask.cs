using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// Longer words that hold a name without meaning it: seas and peninsulas named after a state (朝鲜半岛, 南中国海,
/// 日本海, 印度洋), words read across a word boundary (发展中国家 is 发展中 + 国家, not 中国; 两国联合声明 holds 国联,
/// the League of Nations; 斯特拉斯堡 holds 特拉斯), and places or peoples inside a state or outside it (内蒙古,
/// 约旦河西岸, 大马士革). No name found inside one is kept, nor one whose last two characters or more open one
/// (中国外交部长王毅: the gazetteer's 中国外交部 ends inside the title 外交部长, so 中国 and the title remain; a single
/// shared character is a word boundary, as 美国|联合 against 国联合).
/// </summary>
public sealed class EmbeddedNameMask(NamePatterns patterns)
{
    private readonly NameTrie _words = new([.. patterns.PlaceNames, .. patterns.NotNameWords]);
    private readonly NameTrie _breaks = new(patterns.NotNameBreaks);
    private readonly NameTrie _breakStops = new(patterns.NotNameBreakStops);

    public IEnumerable<EntityCandidate> Without(SentenceView sentence, IReadOnlyList<EntityCandidate> candidates)
    {
        var words = Words(sentence);
        if (words.Count == 0) return candidates;
        return candidates.Where(c => !words.Any(p => Inside(c.Local, p) || EndsInside(c.Local, p)));
    }

    /// <summary>
    /// Where a name from <paramref name="start"/> to <paramref name="end"/> must end instead, so that it does not end
    /// inside a longer word its last two characters or more open (中国外交部长: before 外交部长); else <paramref name="end"/>.
    /// </summary>
    public int EndBefore(string key, int start, int end, int limit)
    {
        for (var j = start + 1; j <= end - 2; j++)
        {
            var length = WordAt(key, j, limit);
            if (length > 0 && j + length > end) return j;
        }
        return end;
    }

    /// <summary>The not-name word at <paramref name="start"/>, unless a break shows it met by chance (外交部长期).</summary>
    private int WordAt(string key, int start, int limit)
    {
        var length = _words.LongestAt(key, start, limit);
        return length > 0 && IsBreak(key, start + length - 1, limit) ? 0 : length;
    }

    /// <summary>Whether a break starts at <paramref name="position"/> (长期以来), and no longer word undoes it (长期间).</summary>
    public bool IsBreak(string key, int position, int limit)
    {
        var length = _breaks.LongestAt(key, position, limit);
        return length > 0 && _breakStops.LongestAt(key, position, limit) <= length;
    }

    private static bool Inside(Core.Text.Span name, Core.Text.Span word) =>
        word.Start <= name.Start && name.End <= word.End && name.Length < word.Length;

    private static bool EndsInside(Core.Text.Span name, Core.Text.Span word) =>
        name.Start < word.Start && name.End >= word.Start + 2 && name.End < word.End;

    private List<Core.Text.Span> Words(SentenceView sentence)
    {
        var found = new List<Core.Text.Span>();
        for (var i = sentence.Span.Start; i < sentence.Span.End; i++)
        {
            var length = WordAt(sentence.Key, i, sentence.Span.End);
            if (length == 0) continue;
            found.Add(new Core.Text.Span(i, i + length));
            i += length - 1;
        }
        return found;
    }
}
