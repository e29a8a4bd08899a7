using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Proposes (subject, cue, object) candidates in a sentence. The object is a noun marked before the verb
/// (X对Y遏制, X与Y合作) or the first name after the cue in its clause, with coordinated names (日本和澳大利亚);
/// the subject is the nearest actor before the cue in its clause, else the sentence's topic, else the speaker.
/// </summary>
public sealed class ClaimCandidateGenerator
{
    /// <summary>
    /// Subjects and objects offered per cue at most, nearest first: a clause dense with names (a list, a table
    /// flattened into text) would otherwise cost names × names per cue.
    /// </summary>
    public const int MaxChoices = 8;
    public const int MaxPairingsPerCue = MaxChoices * (MaxChoices + 1);

    private readonly CueIndex _cues;
    private readonly WordList _objectMarkers;
    private readonly WordList _markerStops;
    private readonly WordList _addressVerbs;
    private readonly Coordination _coordination;
    private readonly AttributiveNames _attributive;
    private readonly ObjectReach _reach;
    private readonly WordList _topicFrames;
    private readonly WordList _distributive;
    private readonly WordList _titles;
    private readonly HashSet<string> _negatingCues;
    private readonly HashSet<string> _policyOnly;
    private readonly HashSet<string> _sidesWith;
    private readonly HashSet<string> _relationNouns;
    private readonly NegationReader _negation;
    private readonly ModalityReader _modality;
    private readonly AttributionReader _attribution;
    private readonly ScopeReader _scope;
    private readonly WordList _causes;
    private readonly PivotReader _pivots;
    private readonly PartiesClause _parties;
    private readonly Officeholders _officeholders;
    private readonly ListedNames _listed;
    private readonly PolicyHeads _policyHeads;

    /// <param name="cues">The cue lexicon.</param>
    /// <param name="titles">Titles that stand between a state and its officeholder's name (外长 in 中国外长王毅).</param>
    public ClaimCandidateGenerator(ClaimCues cues, IReadOnlyList<string>? titles = null)
    {
        _titles = new WordList(titles ?? []);
        _negatingCues = cues.Predicates.Values.SelectMany(w => w).Intersect(cues.Negation, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
        _cues = new CueIndex(cues);
        _objectMarkers = new WordList(cues.ObjectMarkers);
        _markerStops = new WordList(cues.ObjectMarkerStops);
        _addressVerbs = new WordList(cues.AddressVerbs);
        _coordination = new Coordination(new WordList(cues.Coordinators));
        _attributive = new AttributiveNames(_coordination, _titles, new WordList(cues.TopicNouns), new WordList(cues.TopicTalks), new MeetingNames(cues),
            new WordList(cues.OutletNouns));
        _reach = new ObjectReach(cues, _coordination, _titles);
        _topicFrames = new WordList(cues.TopicFrames);
        _causes = new WordList(cues.CauseOpeners);
        _distributive = new WordList(cues.Distributive);
        _policyOnly = cues.PolicyOnly.ToHashSet(StringComparer.Ordinal);
        _sidesWith = cues.SidesWith.ToHashSet(StringComparer.Ordinal);
        _relationNouns = cues.RelationNouns.ToHashSet(StringComparer.Ordinal);
        _negation = new NegationReader(cues);
        _modality = new ModalityReader(cues);
        _attribution = new AttributionReader(cues);
        _scope = new ScopeReader(cues);
        _pivots = new PivotReader(cues, _coordination);
        _parties = new PartiesClause(cues);
        _officeholders = new Officeholders(_attributive, _titles);
        _listed = new ListedNames(cues);
        _policyHeads = new PolicyHeads(cues);
    }

    public AttributionReader Attribution => _attribution;

    /// <param name="mentions">The sentence's names in text order, their glosses folded in (<see cref="Glosses.Folded"/>).</param>
    public IEnumerable<ClaimCandidate> Generate(string key, Sentence sentence, IReadOnlyList<Mention> mentions, Mention? carriedSource)
    {
        if (mentions.Count == 0) yield break;
        var attributive = _attributive.Find(key, mentions);
        var cues = _cues.Find(key, sentence.Local).Select(c => OutsideNames(c, mentions)).OfType<CueMatch>()
            .Where(c => !_policyHeads.Heads(key, c, mentions)).ToList();
        var clauses = cues.Select(c => sentence.ClauseAt(c.Span.Start)).ToList();
        var handedOn = HandedOn(key, mentions, cues, clauses);
        for (var n = 0; n < cues.Count; n++)
        {
            var found = cues[n];
            var (cue, word, predicate) = found;
            var sides = _sidesWith.Contains(word);
            var clause = clauses[n];
            if (_scope.IsOutOfScope(key, sentence, clause, cue)) continue;
            // 解除对古巴的制裁 undoes the act and claims none; 不会放松对中国的遏制 denies the undoing, so the act goes on
            // (GUIDELINES rule 48), and the negation belongs to the reversal, not to the act.
            var reversal = _scope.Reversal(key, clause, cue);
            var reversalDenied = reversal is { } undone && _negation.IsNegated(key, clause.Start, undone.Start, mentions);
            if (reversal is not null && !reversalDenied) continue;
            // 拒绝加入RCEP: a refusal followed by the act refused negates that act (SUPPORTS, negated) and claims nothing itself.
            if (_negatingCues.Contains(word) && cues.Any(c => c.Span.Start >= cue.End && clause.Contains(c.Span.Start) && Refuses(key, cue, c.Span))) continue;
            var attribution = _attribution.Find(key, sentence, mentions, cue.Start);
            // Names before a speaking verb are its speakers (南华早报和联合早报认为…), not objects of what they report.
            var actClause = _parties.Clause(key, sentence, clause, mentions, cues);
            var marked = MarkedObject(key, mentions, actClause, cue, attribution?.After ?? actClause.Start);
            // 与日本联合遏制中国: 与 marks a partner of the act, not its target, when the verb is done jointly; in
            // 美国和日本都支持…, 和 joins two subjects that each act alone.
            if (marked is not null && IsComitative(key, marked, cue)
                && (predicate != Predicate.Cooperates && ActsJointly(key, cue)
                    || Distributive(key, marked.Local.End, cue.Start) && MarkedWithCoordinated(key, mentions, marked, cue).Count == 1)) marked = null;
            // 美国支持沙特对抗伊朗: the name a pivot verb hands on is the act's one subject; so is the possessor of a
            // partner or rival noun (越南、泰国等中国的贸易伙伴: 中国, GUIDELINES rule 17).
            var pivot = _pivots.Find(key, mentions, clause, marked?.Local.Start ?? cue.Start);
            var onlySubject = pivot ?? (_relationNouns.Contains(word) ? Possessor(key, mentions, clause, cue) : null);
            var primarySubject = onlySubject ?? Subject(key, sentence, mentions, actClause, cue, marked, attribution?.After ?? sentence.Local.Start, attributive)
                ?? attribution?.Speaker;
            if (primarySubject is null) continue;
            // 澳洲总理艾班尼斯…与习近平会面: the officeholder a state and a title introduce acts, not the state.
            primarySubject = _officeholders.Before(key, mentions, primarySubject, cue);
            var officeholder = marked is not null ? _officeholders.Of(key, mentions, marked) : null;
            var objectsAfter = officeholder is null ? ObjectsAfter(key, mentions, clause, cue) : null;
            var primaryObjects = objectsAfter ?? MarkedWithCoordinated(key, mentions, officeholder!, cue);
            var modality = _modality.Read(key, sentence, clause, cue, mentions);
            // 美方对中国拒绝会晤表示遗憾: an act of the marked name before the cue keeps its own negation; one before the
            // marked name still negates (共和党不可能同民主党达成妥协).
            var nestedActEnd = marked is null ? 0 : NestedActEnd(cues, marked, cue);
            var source = attribution?.Speaker ?? carriedSource;
            var index = sentence.IndexOfClause(clause);
            var neighbourhood = Neighbourhood(sentence, clause, index);
            // A marked object closes the subject's coordination: in 美国与日本、韩国建立同盟, 与 marks the objects.
            var subjectLimit = marked?.Local.Start ?? cue.Start;
            var primaryCoSubjects = CoSubjectsOf(key, mentions, primarySubject, subjectLimit);
            var reciprocal = Reciprocal(predicate, primaryObjects, primarySubject, primaryCoSubjects);
            var subjects = WithCoordinated(key, mentions,
                onlySubject is not null ? [onlySubject] : SubjectChoices(mentions, primarySubject, attribution?.Speaker, cue, clause, Previous(sentence, index))
                    .Select(s => _officeholders.Before(key, mentions, s, cue)).Distinct(), cue.Start);
            var nearby = Nearby(mentions, cue, neighbourhood);
            foreach (var subject in subjects)
            {
                if (attributive.Contains(subject) || IsAddressed(key, subject, clause, cue)) continue;
                var from = subject.Local.End > clause.Start && subject.Local.End <= cue.Start ? subject.Local.End : clause.Start;
                var negated = !reversalDenied && (nestedActEnd > from
                    ? _negation.IsNegated(key, from, Math.Max(from, marked!.Local.Start), mentions) || _negation.IsNegated(key, nestedActEnd, cue.Start, mentions)
                    : _negation.IsNegated(key, from, cue.Start, mentions));
                var partners = _coordination.Of(key, mentions, subject).ToList();
                var coSubjects = CoSubjects(partners, subjectLimit);
                foreach (var obj in ObjectChoices(primaryObjects, subject, nearby))
                {
                    // Names listed together relate once per pair, the first named as subject (GUIDELINES rule 22:
                    // 美国、欧盟和日本…展开讨论 is 美国 with each of the others, never 欧盟 with 日本 or the reverse).
                    if (obj is not null && partners.Contains(obj) && partners[0].Local.Start < subject.Local.Start) continue;
                    // 美国和日本都支持…: each acts on its own, so neither is the other's counterpart (GUIDELINES rule 28).
                    if (obj is not null && partners.Contains(obj) && ActEachAlone(key, subject, obj, partners, cue)) continue;
                    if (obj is not null && (attributive.Contains(obj) || IsAddressed(key, obj, clause, cue))) continue;
                    // 据路透社报道，沙特有意加入金砖国家: who reports the act is not what it is done to.
                    if (obj is not null && obj == attribution?.Speaker) continue;
                    // 专家宋忠平表示，俄罗斯将与朝鲜加强合作: the speaker reports the act of the one who does it, not an act on it.
                    if (obj is not null && attribution is { } reported && subject == reported.Speaker && obj == primarySubject
                        && obj.Local.Start >= reported.After && clause.Contains(obj.Local.Start)) continue;
                    if (obj is not null && (SameActor(obj, subject) || OwnState(subject, obj))) continue;
                    var actedWith = obj is not null && (IsComitative(key, obj, cue) || obj == officeholder && IsComitative(key, marked!, cue));
                    if (PredicateObjects.Toward(predicate, obj?.Type, actedWith, sides) is not { } asserted) continue;
                    // 莫斯科和平壤否认…, 日本和韩国围堵中国: names listed before the cue act side by side, neither on the other,
                    // unless the act is a relation between them alone (GUIDELINES rules 22 and 28).
                    if (obj is not null && partners.Contains(obj)
                        && _listed.SideBySide(key, asserted, subject, obj, partners, primaryObjects, objectsAfter ??= ObjectsAfter(key, mentions, clause, cue), cue)) continue;
                    if (obj?.Type != EntityType.Policy && _policyOnly.Contains(word)) continue;
                    if (obj is not null && !_reach.Reaches(key, mentions, cues, found, obj)) continue;
                    if (obj is not null && IsHandedOn(key, mentions, handedOn, cue, obj)) continue;
                    // 美国要求日本与中国脱钩: who hands the act on is not what the act is done to.
                    if (obj is not null && pivot is not null && obj.Local.End <= pivot.Local.Start) continue;
                    if (actedWith && predicate == Predicate.Supports && !sides && ObjectReach.TakesRelation(cues, cue, clause)) continue;
                    var isPrimary = (subject == primarySubject || primaryCoSubjects.Contains(subject))
                        && (obj is null ? primaryObjects.Count == 0 : primaryObjects.Contains(obj))
                        || reciprocal is not null && subject == reciprocal[0] && obj is not null && reciprocal.Contains(obj);
                    yield return new ClaimCandidate(sentence, subject, obj, cue, word, asserted, negated, modality, source)
                    {
                        DocumentText = key,
                        Clause = clause,
                        IsPrimary = isPrimary,
                        SentenceMentions = mentions,
                        CoSubjects = coSubjects,
                        WordPredicate = predicate,
                        SubjectExtent = _officeholders.Extent(key, mentions, subject),
                        ObjectExtent = obj is null ? default : _officeholders.Extent(key, mentions, obj),
                        // 特朗普宣布退出《巴黎协定》: the speaker acts by announcing it (GUIDELINES rule 42).
                        Announced = attribution is { } said && subject == said.Speaker && _attribution.AnnouncesAct(key, said.After, cue, mentions),
                    };
                }
            }
        }
    }

    /// <summary>
    /// Where the last other act between a marked name and this cue ends (对中国拒绝会晤表示遗憾: 会晤), else 0; a cue that
    /// is itself a negation (拒绝) is no act of its own here, so it still negates the cue after it.
    /// </summary>
    private int NestedActEnd(List<CueMatch> cues, Mention marked, Span cue)
    {
        var end = 0;
        foreach (var c in cues)
            if (c.Span.Start >= marked.Local.End && c.Span.End <= cue.Start && !_negatingCues.Contains(c.Word)) end = Math.Max(end, c.Span.End);
        return end;
    }

    /// <summary>The cues whose subject a pivot verb hands on (瑞典 of 加入 in 土耳其支持瑞典加入北约), with that subject.</summary>
    private List<(Span Cue, Mention Pivot)> HandedOn(string key, IReadOnlyList<Mention> mentions, List<CueMatch> cues, List<Span> clauses)
    {
        var handedOn = new List<(Span, Mention)>();
        for (var n = 0; n < cues.Count; n++)
        {
            var (cue, clause) = (cues[n].Span, clauses[n]);
            // As the cue's own pairing reads it: up to the partner it marks (美国支持日本与中国竞争).
            var marked = MarkedObject(key, mentions, clause, cue, clause.Start);
            if (_pivots.Find(key, mentions, clause, marked?.Local.Start ?? cue.Start) is { } pivot) handedOn.Add((cue, pivot));
        }
        return handedOn;
    }

    /// <summary>
    /// Whether an actor after the cue belongs to a later, handed-on act (北约 in 土耳其支持瑞典加入北约: Sweden joins,
    /// Turkey supports Sweden; 德国 in 批评俄罗斯对德国发动网络攻击: Russia attacks Germany): it stands after the name
    /// handed on and is not listed with it (批评中国和俄罗斯支持… criticizes both). A named policy stays within the pivot
    /// verb's reach (欢迎印度加入“印太战略”).
    /// </summary>
    private bool IsHandedOn(string key, IReadOnlyList<Mention> mentions, List<(Span Cue, Mention Pivot)> handedOn, Span cue, Mention obj) =>
        obj.Type != EntityType.Policy && obj.Local.Start >= cue.End
        && handedOn.Any(h => h.Cue.Start >= cue.End && h.Pivot.Local.Start >= cue.End && obj.Local.Start >= h.Pivot.Local.End
            && !_coordination.Of(key, mentions, h.Pivot).Contains(obj));

    /// <summary>
    /// The cue clear of the sentence's names, or null when a name holds it (联合 in 联合早报). A cue that ends in a
    /// name (访华, 访韩 with 华, 韩 read as states) keeps its verb, and the name is left to be its object.
    /// </summary>
    private static CueMatch? OutsideNames(CueMatch cue, IReadOnlyList<Mention> mentions)
    {
        var end = cue.Span.End;
        foreach (var m in mentions)
        {
            if (!m.Local.Overlaps(cue.Span)) continue;
            if (m.Local.Start <= cue.Span.Start) return null;
            end = Math.Min(end, m.Local.Start);
        }
        return end == cue.Span.End ? cue : cue with { Span = new Span(cue.Span.Start, end) };
    }

    /// <summary>
    /// The rules' subject, the sentence's topic, the nearest actor, the actors of the cue's clause and of the clause
    /// before it (俄罗斯…，驱逐… continues its subject), and the speaker: the model weighs them.
    /// </summary>
    private static IEnumerable<Mention> SubjectChoices(IReadOnlyList<Mention> mentions, Mention primary, Mention? speaker, Span cue, Span clause, Span previous) =>
        Choices(mentions, primary, speaker, cue, clause, previous).Distinct();

    /// <summary>
    /// The choices in order, produced lazily (the caller stops at <see cref="MaxChoices"/>), the actors before the cue walked
    /// by index rather than copied out: a sentence may hold hundreds of names and cues. The speaker comes fourth, or
    /// second when no actor stands before the cue.
    /// </summary>
    private static IEnumerable<Mention> Choices(IReadOnlyList<Mention> mentions, Mention primary, Mention? speaker, Span cue, Span clause, Span previous)
    {
        bool Before(Mention m) => m.Type != EntityType.Policy && m.Local.End <= cue.Start;
        var first = -1;
        var last = -1;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!Before(mentions[i])) continue;
            if (first < 0) first = i;
            last = i;
        }
        yield return primary;
        if (first >= 0)
        {
            yield return mentions[first];
            yield return mentions[last];
        }
        if (speaker is not null) yield return speaker;
        for (var i = last; i >= 0; i--)
            if (Before(mentions[i]) && mentions[i].Local.Start >= clause.Start) yield return mentions[i];
        for (var i = last; i >= 0; i--)
            if (Before(mentions[i]) && mentions[i].Local.Start >= previous.Start && mentions[i].Local.End <= previous.End) yield return mentions[i];
    }

    /// <summary>
    /// Each choice followed by the names coordinated with it (美国、欧盟和日本…向中国施压: all three press China),
    /// up to <see cref="MaxChoices"/>.
    /// </summary>
    private List<Mention> WithCoordinated(string key, IReadOnlyList<Mention> mentions, IEnumerable<Mention> choices, int before)
    {
        var result = new List<Mention>(MaxChoices);
        foreach (var choice in choices)
        {
            // Once full, later choices can add nothing.
            if (result.Count == MaxChoices) break;
            Add(choice);
            foreach (var partner in CoSubjectsOf(key, mentions, choice, before)) Add(partner);
        }
        return result;

        void Add(Mention m)
        {
            if (result.Count < MaxChoices && !result.Contains(m)) result.Add(m);
        }
    }

    /// <summary>
    /// The coordinated subjects of a relation that names no counterpart (中、美两国…竞争, 美、日、印、澳加强合作): the
    /// relation holds between them, and the first named is the subject; null otherwise.
    /// </summary>
    private static List<Mention>? Reciprocal(Predicate predicate, List<Mention?> objects, Mention subject, List<Mention> coSubjects)
    {
        if (objects.Count > 0 || coSubjects.Count == 0) return null;
        if (predicate is not (Predicate.Cooperates or Predicate.Competes or Predicate.Confronts or Predicate.Engages)) return null;
        return coSubjects.Append(subject).OrderBy(m => m.Local.Start).ToList();
    }

    /// <summary>The actors coordinated with a subject that stand before the limit (the object or the cue).</summary>
    private List<Mention> CoSubjectsOf(string key, IReadOnlyList<Mention> mentions, Mention subject, int limit) =>
        CoSubjects(_coordination.Of(key, mentions, subject), limit);

    private static List<Mention> CoSubjects(IEnumerable<Mention> partners, int limit) =>
        partners.Where(m => m.Local.End <= limit && m.Type != EntityType.Policy).ToList();

    /// <summary>The rules' objects, every other name from the clause before the cue's to the clause after it, and no object.</summary>
    private static IEnumerable<Mention?> ObjectChoices(List<Mention?> primary, Mention subject, List<Mention> nearby)
    {
        // At most MaxChoices names: a short list says what was offered, with the names' own equality as a set would.
        var seen = new List<Mention>(MaxChoices);
        foreach (var o in primary.OfType<Mention>()) if (seen.Count < MaxChoices && !seen.Contains(o)) { seen.Add(o); yield return o; }
        foreach (var m in nearby)
            if (seen.Count < MaxChoices && m != subject && !seen.Contains(m)) { seen.Add(m); yield return m; }
        yield return null;
    }

    /// <summary>
    /// The names of the window nearest to the cue first, then by start, ties in the sentence's order (so a cap drops the
    /// farthest), sorted once per cue for all its subjects; sorted in place on keys, as LINQ's stable sort would order them.
    /// </summary>
    private static List<Mention> Nearby(IReadOnlyList<Mention> mentions, Span cue, Span window)
    {
        var keys = new List<(int Distance, int Start, int Index)>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Local.Start >= window.Start && m.Local.End <= window.End) keys.Add((Math.Abs(m.Local.Start - cue.Start), m.Local.Start, i));
        }
        keys.Sort();
        var nearby = new List<Mention>(keys.Count);
        foreach (var key in keys) nearby.Add(mentions[key.Index]);
        return nearby;
    }

    /// <summary>The clause before the cue's, or an empty span at the sentence start.</summary>
    private static Span Previous(Sentence sentence, int index) =>
        index > 0 ? sentence.Clauses[index - 1] : new Span(sentence.Local.Start, sentence.Local.Start);

    /// <summary>The cue's clause with its neighbours: objects often sit in the clause before (从X…退群) or after.</summary>
    private static Span Neighbourhood(Sentence sentence, Span clause, int index)
    {
        if (index < 0) return clause;
        var first = sentence.Clauses[Math.Max(0, index - 1)];
        var last = sentence.Clauses[Math.Min(sentence.Clauses.Count - 1, index + 1)];
        return new Span(first.Start, last.End);
    }

    private Mention? MarkedObject(string key, IReadOnlyList<Mention> mentions, Span clause, Span cue, int notBefore)
    {
        var from = Math.Max(clause.Start, notBefore);
        var marked = mentions.LastOrDefault(m => m.Local.Start >= from && m.Local.End <= cue.Start && IsMarked(key, m, clause.Start));
        return marked is null ? null : FirstListed(key, mentions, marked, from, clause.Start);
    }

    /// <summary>
    /// The first of the names listed with a marked one, when the 和 or 、 before it joins it to an earlier marked name or
    /// that name's officeholder (与日本首相岸田文雄和韩国总统尹锡悦会谈: 日本's, not a second marker before 韩国).
    /// </summary>
    private Mention FirstListed(string key, IReadOnlyList<Mention> mentions, Mention marked, int from, int clauseStart)
    {
        for (var at = Coordination.IndexOf(mentions, marked); at > 0; at--)
        {
            var before = mentions[at - 1];
            if (before.Local.Start < from || !_coordination.Joins(key, before, mentions[at])) break;
            if (IsMarked(key, before, clauseStart)) return before;
            // An officeholder ends the walk: its state is the list's marked first name, or there is none.
            if (at > 1 && _attributive.IntroducesOfficeholder(key, mentions[at - 2], before))
                return mentions[at - 2] is var state && state.Local.Start >= from && IsMarked(key, state, clauseStart) ? state : marked;
        }
        return marked;
    }

    /// <summary>意大利知会中国退出…: a name a verb addresses before the cue, in its clause, hears of the act and does not do it.</summary>
    private bool IsAddressed(string key, Mention m, Span clause, Span cue) =>
        m.Local.End <= cue.Start && m.Local.Start > clause.Start && _addressVerbs.EndsAt(key, m.Local.Start, Math.Max(clause.Start, m.Local.Start - _addressVerbs.Longest));

    private bool IsMarked(string key, Mention m, int limit) =>
        m.Local.Start > limit && _objectMarkers.FindAll(key, Math.Max(limit, m.Local.Start - 1), m.Local.Start).Any(s => s.End == m.Local.Start)
        && !_markerStops.EndsAt(key, m.Local.Start, Math.Max(limit, m.Local.Start - _markerStops.Longest))
        && !_topicFrames.StartsAt(key, m.Local.End, key.Length);

    private Mention? Subject(string key, Sentence sentence, IReadOnlyList<Mention> mentions, Span clause, Span cue, Mention? marked, int notBefore,
        HashSet<Mention> attributive)
    {
        var limit = marked?.Local.Start ?? cue.Start;
        bool Eligible(Mention m) => m.Type != EntityType.Policy && m.Local.End <= limit && m != marked && m.Local.Start >= notBefore && !attributive.Contains(m)
            && !InCause(key, m, clause, limit) && !IsAddressed(key, m, clause, cue);
        var inClause = mentions.LastOrDefault(m => Eligible(m) && m.Local.Start >= clause.Start && !IsMarked(key, m, clause.Start) && !IsVenue(key, m));
        return inClause ?? mentions.FirstOrDefault(m => Eligible(m) && !IsMarked(key, m, sentence.Local.Start));
    }

    /// <summary>
    /// A name right after 在 or 赴 is where the act happens (习近平在韩国釜山与特朗普会晤, 王毅在巴西与拉夫罗夫会面), not who
    /// acts, unless it frames a viewpoint (在美国看来).
    /// </summary>
    private bool IsVenue(string key, Mention m) =>
        m.Local.Start > 0 && key[m.Local.Start - 1] is '在' or '赴' && !_topicFrames.StartsAt(key, m.Local.End, key.Length);

    /// <summary>
    /// The name that owns a partner or rival noun through 的, with at most a few words between (中国的贸易伙伴,
    /// 印度最大的贸易伙伴), else null; not a partner a marker introduces (加强与日本的同盟).
    /// </summary>
    private Mention? Possessor(string key, IReadOnlyList<Mention> mentions, Span clause, Span cue)
    {
        var owner = mentions.LastOrDefault(m => m.Local.End <= cue.Start && m.Local.Start >= clause.Start);
        if (owner is null || owner.Type == EntityType.Policy || cue.Start - owner.Local.End is < 1 or > MaxPossessorGap) return null;
        if (IsMarked(key, owner, clause.Start)) return null;
        var between = key.AsSpan(owner.Local.End, cue.Start - owner.Local.End);
        return between.Contains('的') && between.IndexOfAny("，,、；。和与及") < 0 ? owner : null;
    }

    private const int MaxPossessorGap = 7;

    /// <summary>A name inside a cause given before the act (印度没有因为美国的压力而停止…: 美国 is the cause, not the actor).</summary>
    private bool InCause(string key, Mention m, Span clause, int limit) =>
        // The 而 that closes a cause is rare; look for it before scanning the clause for an opener, for every name.
        m.Local.End < limit && key.IndexOf('而', m.Local.End, limit - m.Local.End) >= 0
        && _causes.FindAll(key, clause.Start, m.Local.Start).Any();

    /// <summary>
    /// Whether the act after a refusal is what is refused: right after it (拒绝加入, 拒绝了加入) or after the partner
    /// the act is done with (拒绝与俄罗斯达成…); not a noun further on (拒绝了中国的提议).
    /// </summary>
    private static bool Refuses(string key, Span refusal, Span act) =>
        act.Start - refusal.End <= 1 || IsComitativeMarker(key[refusal.End]) || key[refusal.End] is '向' or '对';

    /// <summary>The marked object and the names coordinated after it (与英、法、德等国领导人通话: all three).</summary>
    private List<Mention?> MarkedWithCoordinated(string key, IReadOnlyList<Mention> mentions, Mention marked, Span cue)
    {
        var objects = new List<Mention?> { marked };
        // 与法国总统马克龙、美国总统拜登会见: a state listed after the first is its officeholder's.
        objects.AddRange(_coordination.Of(key, mentions, marked).Where(m => m.Local.Start > marked.Local.Start && m.Local.End <= cue.Start)
            .Select(m => _officeholders.Before(key, mentions, m, cue)));
        return objects;
    }

    private List<Mention?> ObjectsAfter(string key, IReadOnlyList<Mention> mentions, Span clause, Span cue)
    {
        var objects = new List<Mention?>();
        var first = mentions.FirstOrDefault(m => m.Local.Start >= cue.End && m.Local.End <= clause.End);
        if (first is null) return objects;
        // 会见日本首相岸田文雄: the officeholder is met, as with a marked object.
        first = _officeholders.Of(key, mentions, first);
        objects.Add(first);
        var last = first;
        foreach (var next in mentions.Where(m => m.Local.Start > first.Local.Start && m.Local.End <= clause.End))
        {
            // The officeholder already taken for the state before it.
            if (next.Local.Start < last.Local.End) continue;
            if (!_coordination.Joins(key, last, next)) break;
            // 会见喀麦隆总统比亚、埃塞俄比亚总理阿比: each state in the list introduces the one met.
            last = _officeholders.Of(key, mentions, next);
            objects.Add(last);
        }
        return objects;
    }

    /// <summary>
    /// Whether the subject and a name coordinated with it act each alone (美国和日本都支持…). Not when 与 after the
    /// subject marks a list (美国与日本、韩国分别建立同盟): the adverb then distributes over the objects.
    /// </summary>
    private bool ActEachAlone(string key, Mention subject, Mention partner, List<Mention> partners, Span cue) =>
        Distributive(key, Math.Max(subject.Local.End, partner.Local.End), cue.Start)
        && !(subject.Local.End < key.Length && IsComitativeMarker(key[subject.Local.End])
             && partners.Count(p => p.Local.Start > subject.Local.Start && p.Local.End <= cue.Start) > 1);

    /// <summary>Whether an adverb of acting each alone (都, 分别) stands between the two positions.</summary>
    private bool Distributive(string key, int from, int to) => from < to && _distributive.FindAll(key, from, to).Any();

    private static readonly string[] JointlyWords = ["联合", "共同", "一起", "一道", "携手", "联手"];

    /// <summary>Whether the cue is done jointly (联合遏制, 共同应对): an adverb of acting together right before it.</summary>
    private static bool ActsJointly(string key, Span cue) => JointlyWords.Any(w => key.AsSpan(0, cue.Start).EndsWith(w));

    /// <summary>A name marked by 与, 和, 同 or 跟 before the cue: the one the subject acts with.</summary>
    private static bool IsComitative(string key, Mention obj, Span cue) =>
        obj.Local.End <= cue.Start && obj.Local.Start > 0 && IsComitativeMarker(key[obj.Local.Start - 1]);

    private static bool IsComitativeMarker(char c) => c is '与' or '和' or '同' or '跟';

    /// <summary>A leader or government is not a counterpart of its own state (拜登政府 … 美国).</summary>
    private static bool OwnState(Mention subject, Mention obj) =>
        subject.Actor?.CountryKey is { } country && obj.Actor?.Key == country;

    private static bool SameActor(Mention a, Mention b) =>
        a.Actor is not null && b.Actor is not null ? a.Actor.Key == b.Actor.Key : a.Text == b.Text;
}
