using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// Drops a person's name that only a pattern found when it is a gazetteer person's name with one or two stray
/// characters glued on (总统拜登提名 → 拜登提, 主任王毅谈过话 → 王毅谈, 聚焦川普（Donald Trump） → 聚焦川普,
/// 的布林肯（Antony Blinken）): the known name is the person and the rest belongs to the sentence around it, so the
/// known name is kept instead. The stray characters must belong to the sentence: glued to a transliterated name
/// (拜登, 布林肯), which takes no Chinese given name, or beginning or ending a word the sentence goes on with
/// (说, 的, 谈, 聚焦). Otherwise the longer name is another person: 王毅明 is not 王毅, nor is 希拉里·克林顿 克林顿.
/// </summary>
public sealed class OvergrownNameFilter(NamePatterns patterns)
{
    private const int MaxStray = 2;

    public IReadOnlyList<EntityCandidate> Without(SentenceView sentence, IReadOnlyList<EntityCandidate> candidates)
    {
        var known = candidates.Where(c => c.Entry is not null && c.Type == EntityType.Person).Select(c => c.Local).ToList();
        if (known.Count == 0) return candidates;
        return candidates
            .Where(c => !(c.IsPatternOnly && c.Type == EntityType.Person && known.Any(k => Overgrows(sentence, c.Local, k))))
            .ToList();
    }

    private bool Overgrows(SentenceView sentence, Span name, Span known)
    {
        var stray = name.Length - known.Length;
        if (stray <= 0 || stray > MaxStray) return false;
        if (name.Start == known.Start)
            return !HasNameDot(sentence, known.End, name.End) && (IsTransliterated(sentence, known) || BeginsWord(sentence, known.End));
        if (name.End == known.End)
            return !HasNameDot(sentence, name.Start, known.Start) && (IsTransliterated(sentence, known) || EndsWord(sentence, known.Start));
        return false;
    }

    private bool IsTransliterated(SentenceView sentence, Span known) =>
        sentence.KeyOf(known).All(c => patterns.TransliterationChars.Contains(c));

    private bool BeginsWord(SentenceView sentence, int at) =>
        patterns.NameStopChars.Contains(sentence.KeyAt(at)) || sentence.FollowedByAny(at, patterns.WordsAfterName);

    private bool EndsWord(SentenceView sentence, int at) =>
        patterns.NameStopChars.Contains(sentence.KeyAt(at - 1)) || sentence.PrecededByAny(at, patterns.WordsBeforeName);

    private static bool HasNameDot(SentenceView sentence, int start, int end) =>
        sentence.Key.AsSpan(start, end - start).IndexOfAny("·•‧・.．") >= 0;
}
