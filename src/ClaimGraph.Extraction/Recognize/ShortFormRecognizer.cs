using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// One-character state names where they stand alone for one state: after 对/访/赴 … (对华, 访美), with
/// 方 as that state's side (法方, 德方: the two characters are the mention, as the gazetteer's 美方), before a ministry or a
/// leader's title (俄外交部, 韩外交部, 与日首相岸田文雄), and as items of a 、-list (中、美两国, 法、德等). Not inside
/// compounds naming several states (中美) nor inside other words (美元, 中东); a verb that opens with another state's
/// character makes no compound (对华加征关税).
/// </summary>
public sealed class ShortFormRecognizer(Gazetteer gazetteer, NamePatterns patterns) : IEntityRecognizer
{
    private readonly HashSet<string> _stops = patterns.ShortFormStops.ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _hardStops = patterns.ShortFormHardStops.ToHashSet(StringComparer.Ordinal);
    private readonly HashSet<string> _verbNeighbours = patterns.ShortFormVerbNeighbours.ToHashSet(StringComparer.Ordinal);
    private readonly NameTrie _ministries = new(patterns.MinistryWords.Concat(patterns.ShortFormTitles));
    private readonly IReadOnlyList<string> _ministryWords = [.. patterns.MinistryWords.SelectMany(m => patterns.MinistryWordStops.Select(s => m + s))];

    /// <summary>
    /// 俄外交部, 据俄外交部, 韩外交部长, 与日首相: the state starts the phrase; inside a word (近日外交部, 参加国务院, 以外交部,
    /// 赖清德总统), after a number (30 日外交部) or before a department or a deployment (美外交部门, 华外交部署) it is no state.
    /// </summary>
    private bool OpensMinistry(SentenceView sentence, int i, char before) =>
        _ministries.LongestAt(sentence.Key, i + 1, sentence.Span.End) > 0 && !sentence.FollowedByAny(i + 1, _ministryWords)
        && (!Han.Is(before) || patterns.ShortFormMinistryOpeners.Contains(before)) && !AfterNumber(sentence, i);

    /// <summary>30 日外交部, 三日外交部: a day, not Japan.</summary>
    private static bool AfterNumber(SentenceView sentence, int i)
    {
        var j = i - 1;
        while (j >= sentence.Span.Start && char.IsWhiteSpace(sentence.Key[j])) j--;
        return j >= sentence.Span.Start && (char.IsDigit(sentence.Key[j]) || "〇零一二三四五六七八九十廿卅".Contains(sentence.Key[j]));
    }

    /// <summary>
    /// 法方坚持, 同德方: a state's side. Not where 方 opens a word (法方面, 新方案) or the short form closes one
    /// (立法方式, 参加方, 民意方面), and not inside a compound of several states (中法方).
    /// </summary>
    private bool IsSide(SentenceView sentence, int i) =>
        sentence.KeyAt(i + 1) == '方' && !patterns.SideStops.Contains(sentence.KeyAt(i + 2))
        && !sentence.PrecededByAny(i + 1, patterns.SideWordStops) && !IsShort(sentence.KeyAt(i - 1));

    /// <summary>Whether the short form at <paramref name="i"/> opens a verb or an adverb (加征, 日益), so names no state.</summary>
    private bool OpensWord(SentenceView sentence, int i) => _verbNeighbours.Contains($"{sentence.KeyAt(i)}{sentence.KeyAt(i + 1)}");

    private bool IsShort(char c) => c != '\0' && gazetteer.ByShort(c.ToString()) is not null;

    public IEnumerable<EntityCandidate> Recognize(SentenceView sentence)
    {
        for (var i = sentence.Span.Start; i < sentence.Span.End; i++)
        {
            var c = sentence.Key[i];
            var entry = gazetteer.ByShort(c.ToString());
            if (entry is null) continue;
            var before = sentence.KeyAt(i - 1);
            var after = sentence.KeyAt(i + 1);
            var bigram = $"{c}{after}";
            if (_hardStops.Contains(bigram)) continue;
            if (IsSide(sentence, i))
            {
                yield return new EntityCandidate(new Span(i, i + 2), EntityType.Country, Provenance.Rule("short-form", 0.9), entry);
                continue;
            }
            var isListed = IsShort(sentence.KeyAt(i - 2)) && before == '、' || after == '、' && IsShort(sentence.KeyAt(i + 2));
            // 中美, 日韩: next to another state's short form it is part of a compound; not when that neighbour opens a word
            // that names no state (对华加征关税, 对美加大投资: 加征 and 加大 are verbs, not Canada); 朝俄军事 stays a compound.
            if (!isListed && (IsShort(before) || IsShort(after) && !OpensWord(sentence, i + 1))) continue;
            // 采访中, 苏联加盟: the prefix character ends another word, so it is no prefix.
            var isObject = patterns.ShortFormPrefixes.Contains(before) && before != '\0' && !sentence.PrecededByAny(i, patterns.ShortFormPrefixWords)
                && (!patterns.ShortFormWordOpeners.Contains(c) || patterns.ShortFormVisitPrefixes.Contains(before));
            // A prefix does not make a word a name: 对加入, 对日益, 对中立 are verbs and adverbs, not Canada, Japan, China.
            if (!isListed && _stops.Contains(bigram)) continue;
            if (isObject || isListed || OpensMinistry(sentence, i, before))
                yield return new EntityCandidate(new Span(i, i + 1), EntityType.Country, Provenance.Rule("short-form", 0.9), entry);
        }
    }
}
