using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Who acts as the rules read it: the nearest actor before the cue in its clause, else the actor the clause after a
/// purpose or a means opens with, else the sentence's topic; not a name the cue's own marker, a cause, a place, an
/// addressing verb, a means or a verb of acting together holds.
/// </summary>
public sealed class SubjectReader(ClaimCues cues, CueObjects objects, Venues venues, Coordination coordination, WordList titles,
    Officeholders officeholders)
{
    /// <summary>Verbs that take the partners of a joint act (美国联合欧盟对俄罗斯实施制裁: 美国 sanctions, with 欧盟).</summary>
    private static readonly string[] PartnerVerbs = ["联合", "联手", "携手", "伙同", "会同"];

    private readonly WordList _addressVerbs = new(cues.AddressVerbs);
    private readonly WordList _instruments = new(cues.InstrumentMarkers);
    private readonly WordList _continuations = new(cues.Continuations);
    private readonly WordList _causes = new(cues.CauseOpeners);
    private readonly WordList _regards = new(cues.DisposalVerbs);
    private readonly WordList _stanceTopics = new(cues.StanceTopics);
    private readonly WordList _tenures = new(cues.TenureFrames);
    private readonly WordList _publics = new(cues.PublicNouns);
    private readonly WordList _turns = new(cues.TurnOpeners);
    private readonly WordList _openingTimes = new(cues.OpeningTimes);
    private readonly WordList _purposes = new(cues.PurposeFrames);
    private readonly WordList _purposeStops = new(cues.PurposeFrameStops);

    /// <summary>How far after a tenure word its clause may end (特朗普上台后不久，).</summary>
    private const int TenureReach = 4;

    /// <summary>
    /// The nearest eligible actor before the marked object or the cue in its clause, else the one a purpose or a means
    /// hands the act to (<see cref="FramedActor"/>), else the first in the sentence.
    /// </summary>
    public Mention? Find(string key, Sentence sentence, IReadOnlyList<Mention> mentions, Span clause, Span cue, Mention? marked, int notBefore,
        HashSet<Mention> attributive, IReadOnlyList<CueMatch> cues)
    {
        var limit = marked?.Local.Start ?? cue.Start;
        bool Eligible(Mention m) => m.Type != EntityType.Policy && m.Local.End <= limit && m != marked && m.Local.Start >= notBefore && !attributive.Contains(m)
            && !InCause(key, m, clause, limit) && !IsAddressed(key, m, clause, cue) && !IsPartnerTaken(key, mentions, m) && !IsInstrument(key, mentions, m);
        // 与日本、澳大利亚和印度建立联盟: the names listed after a marked one are marked too.
        bool Marked(Mention m, int from) => objects.IsMarked(key, m, from) || objects.IsMarked(key, coordination.First(key, mentions, m, partnersApart: true), from);
        Mention? Actor(Span within) => mentions.LastOrDefault(m => Eligible(m) && m.Local.Start >= within.Start && m.Local.End <= within.End
            && !Marked(m, within.Start) && !venues.IsSubjectVenue(key, m));
        var inClause = Actor(new Span(clause.Start, limit));
        // 美国对韩国提供驻军，以便牵制朝鲜: the clause goes on with the previous clause's actor.
        if (inClause is null && Continues(key, clause) && sentence.Clauses.LastOrDefault(c => c.End <= clause.Start) is { Length: > 0 } previous)
            inClause = Actor(previous);
        // 领导人在美国戴维营举行会晤，会后发表…: a place named before is no topic either, nor what an earlier verb takes
        // (为了牵制中国，重返TPP…: 中国 is contained, it joins nothing).
        if (inClause is not null) return inClause;
        // 为推动构建人类命运共同体，习近平提出…, 通过与日本…建立联盟，拜登…: a purpose or a means is the act of the actor
        // the clause after it opens with.
        if (FramedActor(key, sentence, mentions, cue, attributive) is { } framed) return framed;
        var topic = mentions.FirstOrDefault(m => Eligible(m) && !Marked(m, sentence.Local.Start) && !venues.IsPlaceOnly(key, m)
            && !IsTaken(key, m, cues, cue));
        // 奥巴马政府时期，美国推出…，围堵中国: a name that only dates what follows gives way to the actor the next clause
        // opens with; with none there (特朗普上台后，要求韩国…) or only a possessor (…上台后，菲律宾的对外政策…) the one in
        // office acts.
        if (topic is null || TenureClauseEnd(key, topic) is not { } dated) return topic;
        var opening = PastOpeningTime(key, OpeningOf(key, dated));
        return mentions.FirstOrDefault(m => Eligible(m) && m.Local.Start == opening && StillActsAt(key, mentions, m, clause, cue)) ?? topic;
    }

    /// <summary>
    /// Whether the name opening the clause after a tenure is still the actor at the cue: not a place (在美国), a
    /// possessor or a public's state (菲律宾的对外政策, 美国国内…, 美国智库…), not a name the cue's clause names again
    /// (中国对美贸易顺差成为焦点，随即宣布对中国商品加征关税: the one acted on), and no clause on its way turns to another
    /// actor (…，但仍…, …，他随即…).
    /// </summary>
    private bool StillActsAt(string key, IReadOnlyList<Mention> mentions, Mention opener, Span clause, Span cue)
    {
        if (venues.IsSubjectVenue(key, opener) || opener.Local.End >= key.Length || key[opener.Local.End] == '的'
            || _publics.StartsAt(key, opener.Local.End, key.Length)) return false;
        if (mentions.Any(m => m != opener && m.Local.Start >= clause.Start && m.Local.End <= clause.End && ActorIdentity.SameActor(m, opener))) return false;
        for (var at = opener.Local.End; at < cue.Start; at++)
            if (ClauseBreaks.Characters.Contains(key[at]) && _turns.StartsAt(key, OpeningOf(key, at), cue.Start)) return false;
        return true;
    }

    /// <summary>
    /// The actor the clause right after the cue's opens with (past a time or a title), when the cue's clause, or one of
    /// the two before it with no actor of its own, opens with a purpose or a means (为了, 通过) and no other actor is
    /// named before that frame; else null. A clause after it that opens with no actor (为了牵制中国，重返TPP是…) gives the
    /// act none, and an opener reacting to it (日本对此表示欢迎) or set against it (韩国则…) does not do it.
    /// </summary>
    private Mention? FramedActor(string key, Sentence sentence, IReadOnlyList<Mention> mentions, Span cue, HashSet<Mention> attributive)
    {
        var clauses = sentence.Clauses;
        var at = sentence.IndexOfClause(sentence.ClauseAt(cue.Start));
        if (at < 0 || at + 1 >= clauses.Count) return null;
        var frame = -1;
        for (var i = at; i >= 0 && i >= at - 2 && frame < 0; i--)
        {
            var opening = ClauseBreaks.ContentStart(key, clauses[i].Start, clauses[i].End);
            if (_purposes.StartsAt(key, opening, clauses[i].End) && !_purposeStops.StartsAt(key, opening, clauses[i].End)) frame = i;
            else if (i < at && mentions.Any(m => m.Type != EntityType.Policy && clauses[i].Contains(m.Local.Start) && !objects.IsMarked(key, m, clauses[i].Start))) return null;
        }
        if (frame < 0) return null;
        var next = clauses[at + 1];
        var start = PastOpeningTime(key, ClauseBreaks.ContentStart(key, next.Start, next.End));
        // 国家主席习近平, 日本首相岸田文雄: the officeholder a title or a state and a title introduce opens the clause.
        start += titles.LengthAt(key, start, next.End);
        var opener = mentions.FirstOrDefault(m => m.Local.Start == start && m.Type != EntityType.Policy);
        if (opener is not null && attributive.Contains(opener))
            opener = officeholders.Of(key, mentions, opener) is var holder && holder != opener ? holder : null;
        if (opener is null || FramedStops.StartsAt(key, opener.Local.End, next.End)) return null;
        // 为了遏制中国，加强了与日本的合作，中国对此…: a name the frame acts on does not act in it.
        if (!StillActsAt(key, mentions, opener, new Span(clauses[frame].Start, clauses[at].End), cue)) return null;
        // 在乌克兰问题上，为了制裁俄罗斯，欧盟…: a topic or a place named before the frame is no other actor.
        var frameStart = clauses[frame].Start;
        return mentions.Any(m => m.Type != EntityType.Policy && m.Local.End <= frameStart && !attributive.Contains(m)
            && !objects.IsMarked(key, m, sentence.Local.Start) && !venues.IsSubjectVenue(key, m) && !ActorIdentity.SameActor(m, opener))
            ? null : opener;
    }

    /// <summary>Words after the opener that make it react to the framed act or set it against it (对此, 则).</summary>
    private static readonly WordList FramedStops = new(["对此", "则"]);

    /// <summary>Where the clause of a name dating what follows ends (特朗普执政后，), or null when the name is no such date.</summary>
    private int? TenureClauseEnd(string key, Mention m)
    {
        var frame = _tenures.LengthAt(key, m.Local.End, key.Length);
        if (frame <= 0) return null;
        var after = m.Local.End + frame;
        var end = key.AsSpan(after, Math.Min(TenureReach + 1, key.Length - after)).IndexOfAny(ClauseBreaks.Characters);
        return end < 0 ? null : after + end;
    }

    /// <summary>
    /// Where the clause's actor may stand past a time it opens with (2018年美国…, 同年美国…, 2018年，美国…), or
    /// <paramref name="opening"/> when it opens with none.
    /// </summary>
    private int PastOpeningTime(string key, int opening)
    {
        var at = opening;
        var digits = 0;
        while (at < key.Length && char.IsAsciiDigit(key[at])) { at++; digits++; }
        while (at < key.Length && key[at] == ' ') at++;
        if (digits == 4 && at < key.Length && key[at] == '年') at++;
        else at = opening + _openingTimes.LengthAt(key, opening, key.Length);
        if (at == opening) return opening;
        return at < key.Length && ClauseBreaks.Characters.Contains(key[at]) ? OpeningOf(key, at) : at;
    }

    /// <summary>The first character of the clause after a break, past the break and any spaces.</summary>
    private static int OpeningOf(string key, int clauseBreak) => ClauseBreaks.ContentStart(key, clauseBreak + 1, key.Length);

    /// <summary>Whether a continuation word opens the clause (以便, 从而, 以 before a verb).</summary>
    private bool Continues(string key, Span clause) =>
        _continuations.StartsAt(key, ClauseBreaks.ContentStart(key, clause.Start, clause.End), clause.End);

    /// <summary>Whether a cue verb other than <paramref name="cue"/> takes the name right after it (牵制中国, 遏制了中国).</summary>
    private static bool IsTaken(string key, Mention m, IReadOnlyList<CueMatch> cues, Span cue)
    {
        foreach (var c in cues)
        {
            if (c.Span.End > m.Local.Start) break;
            if (c.Span != cue && (c.Span.End == m.Local.Start || c.Span.End + 1 == m.Local.Start && key[c.Span.End] == '了')) return true;
        }
        return false;
    }

    /// <summary>意大利知会中国退出…: a name a verb addresses before the cue, in its clause, hears of the act and does not do it.</summary>
    public bool IsAddressed(string key, Mention m, Span clause, Span cue) =>
        m.Local.End <= cue.Start && m.Local.Start > clause.Start && _addressVerbs.EndsAt(key, m.Local.Start, Math.Max(clause.Start, m.Local.Start - _addressVerbs.Longest));

    /// <summary>
    /// Whether a verb of acting together or a word of means takes the name or the list it is in (联合日本和荷兰, 利用日本和
    /// 韩国): it acts with the subject, neither doing the act nor undergoing it.
    /// </summary>
    public bool IsPartnerOrMeans(string key, IReadOnlyList<Mention> mentions, Mention m) => IsPartnerTaken(key, mentions, m) || IsInstrument(key, mentions, m);

    /// <summary>Whether the name, or the list it is in, is the means of the act (通过北约, 借助日本和韩国): the one using it acts.</summary>
    private bool IsInstrument(string key, IReadOnlyList<Mention> mentions, Mention m)
    {
        var start = QuoteMarks.StartBefore(key, coordination.First(key, mentions, m, partnersApart: true).Local.Start, 0);
        return _instruments.EndsAt(key, start, Math.Max(0, start - _instruments.Longest));
    }

    /// <summary>
    /// Whether a verb of acting together takes the name, or the list it heads (联合七国集团和欧盟): a partner of the act,
    /// as train's and the written gold have it (the one who joins them acts), not its subject.
    /// </summary>
    private bool IsPartnerTaken(string key, IReadOnlyList<Mention> mentions, Mention m)
    {
        var start = coordination.First(key, mentions, m, partnersApart: true).Local.Start;
        return PartnerVerbs.Any(v => key.AsSpan(0, start).EndsWith(v));
    }

    /// <summary>
    /// The name that owns a partner or rival noun through 的, with at most a few words between (中国的贸易伙伴,
    /// 印度最大的贸易伙伴), else null; not a partner a marker introduces (加强与日本的同盟).
    /// </summary>
    public Mention? Possessor(string key, IReadOnlyList<Mention> mentions, Span clause, Span cue, bool namesParty, IReadOnlyList<CueMatch> cues)
    {
        var owner = mentions.LastOrDefault(m => m.Local.End <= cue.Start && m.Local.Start >= clause.Start);
        // 建立遏制中国的同盟: what a verb before the name or its list acts on owns no alliance (批评俄罗斯的盟友白俄罗斯 still
        // names Russia's ally: a party noun keeps its owner).
        if (owner is null || owner.Type == EntityType.Policy || !namesParty && IsTaken(key, coordination.First(key, mentions, owner), cues, cue)) return null;
        // 与印度宿敌巴基斯坦接触: a name right before a party noun owns it, whatever marks the phrase; not after a verb of
        // regarding (将俄罗斯视作美国对手), which makes the one who regards the subject.
        if (owner.Local.End == cue.Start)
            return namesParty && !_regards.EndsAt(key, owner.Local.Start, Math.Max(clause.Start, owner.Local.Start - _regards.Longest)) ? owner : null;
        if (cue.Start - owner.Local.End > MaxPossessorGap) return null;
        if (objects.IsMarked(key, owner, clause.Start)) return null;
        var between = key.AsSpan(owner.Local.End, cue.Start - owner.Local.End);
        return between.Contains('的') && between.IndexOfAny("，,、；。和与及") < 0 ? owner : null;
    }

    private const int MaxPossessorGap = 7;

    /// <summary>
    /// The name whose act a nominal cue names, right before its 的 (反对美国的制裁: 美国 sanctions), else null; not a name
    /// a marker puts there (对美国的制裁, 对中国和俄罗斯的打压: the targets) nor one another verb takes inside a marked
    /// phrase (对两国不支持美国的不满: the 的 closes the whole phrase; 反对美国的制裁 is still 美国's). A marker that a
    /// stance verb after the act takes (中方对美国的制裁表示强烈不满) puts the whole phrase there, not the name.
    /// </summary>
    public Mention? NominalAgent(string key, IReadOnlyList<Mention> mentions, Span clause, Span cue, IReadOnlyList<CueMatch> cues)
    {
        if (cue.Start - 1 <= clause.Start) return null;
        var stanceTopic = IsStanceTopic(key, cue, clause);
        // 对欧盟的新一轮制裁表示反对: a short modifier may stand between the 的 and the act the stance is about.
        var de = key[cue.Start - 1] == '的' ? cue.Start - 1 : stanceTopic ? ModifiedActDe(key, clause, cue) : -1;
        if (de < 0) return null;
        var owner = mentions.LastOrDefault(m => m.Local.End == de && m.Local.Start >= clause.Start);
        if (owner is null || owner.Type == EntityType.Policy || IsTaken(key, owner, cues, cue) && objects.OpensPhraseBefore(key, clause.Start, owner.Local.Start)) return null;
        return objects.IsMarked(key, coordination.First(key, mentions, owner, partnersApart: true), clause.Start) && !stanceTopic ? null : owner;
    }

    /// <summary>The 的 a few letters before the act (的新一轮制裁, 的单方面制裁), else -1.</summary>
    private static int ModifiedActDe(string key, Span clause, Span cue)
    {
        for (var at = cue.Start - 1; at > clause.Start && at >= cue.Start - 1 - MaxTopicHead; at--)
        {
            if (key[at] == '的') return at;
            if (!char.IsLetter(key[at])) return -1;
        }
        return -1;
    }

    /// <summary>
    /// Whether a stance verb follows the act, after at most a short head noun (制裁措施, 关税政策), so the act closes what
    /// the stance is about (对美国的制裁表示不满, 对中国的反制措施深表遗憾).
    /// </summary>
    private bool IsStanceTopic(string key, Span cue, Span clause)
    {
        var end = Math.Min(clause.End, cue.End + MaxTopicHead + _stanceTopics.Longest);
        for (var at = cue.End; at <= Math.Min(end - 1, cue.End + MaxTopicHead); at++)
        {
            if (_stanceTopics.StartsAt(key, at, end)) return true;
            if (!char.IsLetter(key[at]) || key[at] == '的') return false;
        }
        return false;
    }

    private const int MaxTopicHead = 4;

    /// <summary>A name inside a cause given before the act (印度没有因为美国的压力而停止…: 美国 is the cause, not the actor).</summary>
    private bool InCause(string key, Mention m, Span clause, int limit) =>
        // The 而 that closes a cause is rare; look for it before scanning the clause for an opener, for every name.
        m.Local.End < limit && key.IndexOf('而', m.Local.End, limit - m.Local.End) >= 0
        && _causes.FindAll(key, clause.Start, m.Local.Start).Any();
}
