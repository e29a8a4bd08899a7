using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Finds who a sentence reports: a named speaker shortly before a speaking verb (马凯硕…的文章称, 拜登表示)
/// or after 据, both before the claim's cue.
/// </summary>
public sealed class AttributionReader(ClaimCues cues, OutletOwners outlets)
{
    private const int MaxSpeakerDistance = 25;
    private const int MaxAuthorReach = 16;

    private readonly WordList _verbs = new(cues.Attribution);
    private readonly WordList _stops = new(cues.AttributionStops);
    private readonly WordList _prefixes = new(cues.AttributionPrefix);
    private readonly WordList _announcements = new(cues.Announcements);
    private readonly WordList _stances = new(cues.StanceVerbs);
    private readonly WordList _authors = new(cues.AuthorOpeners);
    private readonly WordList _interviews = new(cues.InterviewNouns);

    /// <summary>The speaker and the position right after the speaking verb, or null.</summary>
    public (Mention Speaker, int After)? Find(string key, Sentence sentence, IReadOnlyList<Mention> mentions, int before)
    {
        (Mention, int)? found = null;
        // A label opening the sentence (法新社记者：美国财政部表示…) names who asks; the verb after it is another's.
        var label = LabelEnd(key, sentence);
        foreach (var verb in _verbs.FindAll(key, sentence.Local.Start, before))
        {
            // 美国的说法遭到批评: 说 inside a noun says nothing, and 美国 is no speaker.
            if (_stops.Covers(key, verb, _stops.Longest - 1, sentence.Local.End)) continue;
            if (StatesStance(key, sentence, verb, before, mentions)) continue;
            var speakers = mentions
                .Where(m => m.Local.End <= verb.Start && verb.Start - m.Local.End <= MaxSpeakerDistance && m.Type != EntityType.Policy)
                .Where(m => !(m.Local.End <= label && label < verb.Start) && !key.AsSpan(m.Local.End, verb.Start - m.Local.End).ContainsAny("。，；"))
                .Where(m => !_interviews.StartsAt(key, m.Local.End, verb.Start) && !outlets.OwnsOutlet(key, m, verb.Start));
            // One pass, no list: the first person, else the first name.
            Mention? speaker = null;
            foreach (var m in speakers)
            {
                speaker ??= m;
                if (m.Type != EntityType.Person) continue;
                speaker = m;
                break;
            }
            if (speaker is not null) found = (speaker, verb.End);
        }
        // 据X opens a clause: inside a word (依据, 数据) it attributes nothing.
        foreach (var prefix in _prefixes.FindAll(key, sentence.Local.Start, before).Where(p => OpensClause(key, p.Start, sentence.Local.Start)))
            if (mentions.FirstOrDefault(m => m.Local.Start == prefix.End && m.Type != EntityType.Policy) is { } source && !outlets.OwnsOutlet(key, source, before))
                found = (source, source.Local.End);
        return found;
    }

    /// <summary>
    /// Whether the statement after the speaking verb ends in the verb's own clause, before the cue's (美国宣布对华加征
    /// 关税，|中方…; not 王毅表示，|中方…, whose statement is the clauses that follow).
    /// </summary>
    public static bool EndsBefore(string key, Sentence sentence, int after, Core.Text.Span cue)
    {
        var clause = sentence.ClauseAt(after - 1);
        if (cue.Start < clause.End) return false;
        for (var i = after; i < clause.End; i++)
            if (char.IsLetterOrDigit(key[i])) return true;
        return false;
    }

    /// <summary>
    /// Whether the act at <paramref name="cue"/> is done by announcing it: an announcing verb (宣布) opens the clause
    /// part that holds the act, with no punctuation and no new subject between (宣布退出, 宣布将恢复, 宣布对伊朗实施制裁;
    /// not 宣布，将…, nor 宣布美国将…, which report what another actor will do).
    /// </summary>
    public bool AnnouncesAct(string key, int after, Core.Text.Span cue, IReadOnlyList<Mention> mentions)
    {
        if (cue.Start < after) return false;
        if (!_announcements.EndsAt(key, after, after - _announcements.Longest)) return false;
        if (key.AsSpan(after, cue.Start - after).ContainsAny(ContentBreaks)) return false;
        var content = ClauseBreaks.ContentStart(key, after, cue.Start);
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Local.Start == content) return false;
        return true;
    }

    /// <summary>Punctuation that parts a speaking verb from what follows it: a clause break, a colon or an opening quote.</summary>
    private const string ContentBreaks = "，,：:；;。“\"「";

    /// <summary>The longest run of adverbs between a stance verb and its act (坚决, 严重关切和坚决).</summary>
    private const int MaxStanceAdverbs = 8;

    /// <summary>
    /// Whether a stance verb is followed by the act itself, which takes no name after it (对美国的做法表示强烈反对): the
    /// verb reports nothing, and what is marked before it is the act's object. Only degree adverbs stand between (not
    /// 对中方表示将继续制裁伊朗, a statement to 中方 of a future act), and the act has no object of its own (王毅表示反对
    /// 美国干涉 is reported, as the gold has it).
    /// </summary>
    private bool StatesStance(string key, Sentence sentence, Core.Text.Span verb, int act, IReadOnlyList<Mention> mentions)
    {
        if (!_stances.StartsAt(key, verb.Start, verb.End) || act < verb.End || act - verb.End > MaxStanceAdverbs) return false;
        var between = key.AsSpan(verb.End, act - verb.End);
        if (between.ContainsAny(ContentBreaks) || between.ContainsAny(StatementMarks)) return false;
        var clauseEnd = key.AsSpan(act, sentence.Local.End - act).IndexOfAny(ClauseBreaks.Characters) is var end and >= 0 ? act + end : sentence.Local.End;
        return !mentions.Any(m => m.Local.Start >= verb.End && m.Local.Start < clauseEnd);
    }

    /// <summary>Characters of tense, will and continuation that make what follows 表示 a statement (将, 要, 会, 愿, 继续).</summary>
    private const string StatementMarks = "将要会愿继";

    private const int MaxLabel = 12;

    /// <summary>
    /// Where a label that opens the sentence ends (法新社记者：, 毛宁：): a colon after a few words with no quote, title
    /// mark or clause break before it, and no digit right before it (10：30); -1 when there is none.
    /// </summary>
    private static int LabelEnd(string key, Sentence sentence)
    {
        var limit = Math.Min(sentence.Local.End, sentence.Local.Start + MaxLabel + 1);
        for (var at = sentence.Local.Start + 1; at < limit; at++)
        {
            var c = key[at];
            if (c == '：') return char.IsDigit(key[at - 1]) ? -1 : at;
            if (c is '《' or '“' or '"' or '，' or '。' or '；' or '（' or '(') return -1;
        }
        return -1;
    }

    private static bool OpensClause(string key, int at, int sentenceStart) =>
        at == sentenceStart || !char.IsLetterOrDigit(key[at - 1]);

    public bool OpensDigest(string text) => cues.DigestOpeners.Any(text.Contains);

    /// <summary>
    /// The person a sentence names as an article's author (…发表题为《…》的文章，作者是苏海尔·阿赫塔尔。文章摘编如下):
    /// the digest that follows is the author's, not the outlet's that reposts it.
    /// </summary>
    public Mention? Author(string key, Sentence sentence, IReadOnlyList<Mention> mentions)
    {
        foreach (var opener in _authors.FindAll(key, sentence.Local.Start, sentence.Local.End))
        {
            // 作者为哈佛大学教授约瑟夫·奈: the first person after the opener, past an affiliation and title.
            var author = mentions.FirstOrDefault(m => m.Local.Start >= opener.End && m.Type == EntityType.Person);
            if (author is not null && author.Local.Start - opener.End <= MaxAuthorReach
                && !key.AsSpan(opener.End, author.Local.Start - opener.End).ContainsAny("。，；,;")) return author;
        }
        return null;
    }
}
