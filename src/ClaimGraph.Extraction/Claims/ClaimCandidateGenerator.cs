using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Proposes (subject, cue, object) candidates in a sentence. The object is a noun marked before the verb
/// (X对Y遏制, X与Y合作) or the first name after the cue in its clause, with coordinated names (日本和澳大利亚);
/// the subject is the nearest actor before the cue in its clause, else the sentence's topic, else the speaker.
/// <see cref="CueObjects"/> and <see cref="SubjectReader"/> read those; <see cref="CandidateChoices"/> adds the other
/// names the model weighs; this stage pairs them and drops the pairs the rules rule out.
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
    private readonly Coordination _coordination;
    private readonly AttributiveNames _attributive;
    private readonly ObjectReach _reach;
    private readonly WordList _titles;
    private readonly HashSet<string> _policyOnly;
    private readonly HashSet<string> _sidesWith;
    private readonly HashSet<string> _relationNouns;
    private readonly HashSet<string> _partyNouns;
    private readonly NegationReader _negation;
    private readonly ModalityReader _modality;
    private readonly AttributionReader _attribution;
    private readonly ScopeReader _scope;
    private readonly PivotReader _pivots;
    private readonly PassiveVoice _passive;
    private readonly PartiesClause _parties;
    private readonly Officeholders _officeholders;
    private readonly ListedNames _listed;
    private readonly PolicyHeads _policyHeads;
    private readonly CueObjects _objects;
    private readonly SubjectReader _subjects;
    private readonly CandidateChoices _choices;
    private readonly JointActs _joint;
    private readonly ClauseReach _clauseReach;
    private readonly PressingDemands _demands;
    private readonly MembershipJoins _memberships;
    private readonly CensureCandidates _censured;
    private readonly ThreatSources _threats;
    private readonly NominalActs _nominals;
    private readonly AnsweredActs _answered;
    private readonly Refusals _refusals;
    private readonly SoloActs _solo;
    private readonly LineTargets _lineTargets;
    private readonly MarkedPartners _partners;
    private readonly HandedOnActs _handedOn;

    /// <param name="cues">The cue lexicon.</param>
    /// <param name="titles">Titles that stand between a state and its officeholder's name (外长 in 中国外长王毅).</param>
    public ClaimCandidateGenerator(ClaimCues cues, IReadOnlyList<string>? titles = null)
    {
        _titles = new WordList(titles ?? []);
        _cues = new CueIndex(cues);
        _coordination = new Coordination(new WordList(cues.Coordinators));
        var outlets = new OutletOwners(new WordList(cues.OutletNouns));
        _attributive = new AttributiveNames(_coordination, _titles, new WordList(cues.TopicNouns), new WordList(cues.TopicTalks), new MeetingNames(cues), new ChairNames(cues), outlets);
        _passive = new PassiveVoice(cues);
        var venues = new Venues(cues);
        _reach = new ObjectReach(cues, _coordination, _titles, _passive, venues);
        _clauseReach = new ClauseReach(cues, venues);
        _policyOnly = cues.PolicyOnly.ToHashSet(StringComparer.Ordinal);
        _sidesWith = cues.SidesWith.ToHashSet(StringComparer.Ordinal);
        _relationNouns = cues.RelationNouns.ToHashSet(StringComparer.Ordinal);
        _partyNouns = cues.PartyNouns.ToHashSet(StringComparer.Ordinal);
        _negation = new NegationReader(cues);
        _modality = new ModalityReader(cues);
        _attribution = new AttributionReader(cues, outlets);
        _lineTargets = new LineTargets(cues, _coordination);
        _scope = new ScopeReader(cues, _lineTargets);
        _pivots = new PivotReader(cues, _coordination);
        _parties = new PartiesClause(cues);
        _officeholders = new Officeholders(_attributive, _titles);
        _listed = new ListedNames(cues);
        _policyHeads = new PolicyHeads(cues);
        _objects = new CueObjects(cues, _coordination, _attributive, _officeholders, _passive);
        _subjects = new SubjectReader(cues, _objects, venues, _coordination, _titles, _officeholders);
        _choices = new CandidateChoices(_coordination);
        _joint = new JointActs(new WordList(cues.Distributive));
        _demands = new PressingDemands(cues, _coordination);
        _memberships = new MembershipJoins(cues);
        _censured = new CensureCandidates(new Censures(cues, _negation, _objects, _coordination, _passive), _attribution, _officeholders);
        _threats = new ThreatSources(cues, _coordination);
        _nominals = new NominalActs(cues, _coordination);
        _answered = new AnsweredActs(cues, _objects);
        _refusals = new Refusals(cues);
        _solo = new SoloActs(cues);
        _partners = new MarkedPartners(_objects, _joint, _solo, _listed, _subjects);
        _handedOn = new HandedOnActs(_objects, _pivots, _coordination);
    }

    public AttributionReader Attribution => _attribution;

    /// <param name="mentions">The sentence's names in text order, their glosses folded in (<see cref="Glosses.Folded"/>).</param>
    public IEnumerable<ClaimCandidate> Generate(string key, Sentence sentence, IReadOnlyList<Mention> mentions, Mention? carriedSource)
    {
        if (mentions.Count == 0) yield break;
        var attributive = _attributive.Find(key, mentions);
        var cues = _cues.Find(key, sentence.Local).Select(c => CueSpans.OutsideNames(key, c, mentions)).OfType<CueMatch>()
            .Where(c => !_policyHeads.Heads(key, c, mentions)).ToList();
        var clauses = cues.Select(c => sentence.ClauseAt(c.Span.Start)).ToList();
        // 邀请沙特加入金砖国家: inviting a state to join is taking it in (GUIDELINES rule 52); to visit or attend, contact.
        for (var n = 0; n < cues.Count; n++)
            if (_pivots.IsInvitation(cues[n].Word) && _solo.InvitesToJoin(cues, n, clauses[n])) cues[n] = cues[n] with { Predicate = Predicate.Cooperates };
        var handedOn = _handedOn.Find(key, mentions, cues, clauses);
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
            if (_refusals.RefusesAct(key, cues, clause, found)) continue;
            var attribution = _attribution.Find(key, sentence, mentions, cue.Start);
            // Names before a speaking verb are its speakers (南华早报和联合早报认为…), not objects of what they report.
            var actClause = _parties.Clause(key, sentence, clause, mentions, cues);
            var marked = _objects.Marked(key, mentions, actClause, cue, attribution?.After ?? actClause.Start, predicate == Predicate.Cooperates);
            // 与日本联合遏制中国, 芬兰和瑞典加入北约, 美国利用日本和韩国遏制中国: the name a marker names may be a partner, a
            // second subject or the means rather than the object.
            if (marked is not null && _partners.IsNoObject(key, mentions, clause, cue, word, predicate, marked)) marked = null;
            // 调整对华政策, 美国的对乌政策出现调整: the name a line is toward is no line kept or changed, so it is no object here,
            // among the rules' objects or the model's; the act has none, or the line's owner right after it (在对华政策上
            // 延续了特朗普政府的基调).
            var keepsOrChangesLine = predicate is Predicate.Continues or Predicate.Changes;
            bool IsLineTarget(Mention? m) => keepsOrChangesLine && m is not null && _lineTargets.IsTarget(key, mentions, m, clause);
            var lineBefore = IsLineTarget(marked);
            if (lineBefore) marked = null;
            // 乌克兰感受到来自俄罗斯和白俄罗斯的威胁: the pressure's sources act on the one who faces it; 和 lists them.
            Span Extent(Mention m) => _officeholders.Extent(key, mentions, m);
            if (predicate == Predicate.Confronts && _threats.IsSourcedTopic(key, mentions, clause, found, Extent)) continue;
            var threat = predicate == Predicate.Confronts && !_negation.IsNegated(key, clause.Start, cue.Start, mentions)
                ? _threats.Find(key, mentions, clause, found, Extent) : null;
            if (threat is not null) marked = null;
            // 美国支持沙特对抗伊朗: the name a pivot verb hands on is the act's one subject; so is the possessor of a
            // partner or rival noun (越南、泰国等中国的贸易伙伴: 中国, GUIDELINES rule 17).
            var nominal = threat is null && !_relationNouns.Contains(word) ? _subjects.NominalAgent(key, mentions, clause, cue, cues) : null;
            var pivot = _pivots.Find(key, mentions, clause, marked?.Local.Start ?? cue.Start);
            // 反对美国和欧盟的制裁: the owners of a nominal act do it themselves; the verb before them hands them nothing.
            if (pivot is not null && nominal is not null && _nominals.IsDirected(predicate, word) && _nominals.AreOwners(key, mentions, nominal, pivot)) pivot = null;
            // 北约邀请芬兰加入: the invitee has not acted yet.
            if (pivot is not null && _pivots.Invites(key, pivot)) continue;
            var owner = pivot is null && _relationNouns.Contains(word) ? _subjects.Possessor(key, mentions, clause, cue, _partyNouns.Contains(word), cues) : null;
            // 中国是美国最主要的战略竞争者: the possessor's rival is the name the copula equates with the phrase, unless one
            // judges it so (认定中国是美国的对手: the judge).
            var equated = owner is not null ? Copulas.Complement(key, mentions, clause, owner) : null;
            // 日本不是美国的盟友: the copula's negation is the relation's.
            var copulaNegated = equated is { } copula && _negation.IsNegated(key, copula.Equated.Local.End, owner!.Local.Start, mentions);
            if (equated?.Judge is { } judge) owner = judge;
            // 这一言论在美国国会引发批评: the place a reaction arose is who reacts.
            // 反对美国的制裁: the name that owns a nominal act does it, and no name before it is its object.
            var agent = pivot is null && owner is null ? nominal : null;
            // 以色列与哈马斯的冲突, 拉夫罗夫与库列巴的会晤: a relation the listed names own is between them; a directed act
            // (美国和欧盟的制裁, 日本和菲律宾的挑衅, 美国和日本的支持) is theirs each, on no one of the list.
            if (agent is not null && _nominals.IsListedAfter(key, mentions, Extent(agent)) && !_nominals.IsDirected(predicate, word)) agent = null;
            if (agent is not null && marked is not null && marked.Local.Start <= agent.Local.Start) marked = null;
            var onlySubject = pivot ?? owner ?? threat?.Agent ?? agent ?? (predicate == Predicate.Opposes && marked is null ? _passive.ReactingPlace(key, mentions, clause, cue) : null);
            var primarySubject = onlySubject ?? _subjects.Find(key, sentence, mentions, actClause, cue, marked, attribution?.After ?? sentence.Local.Start, attributive, cues)
                ?? attribution?.Speaker;
            if (primarySubject is null) continue;
            // 日本的决定遭到周边国家反对: the one who acts is unnamed, and the name before the passive only undergoes it.
            if (onlySubject is null && _passive.Undergoes(key, mentions, primarySubject, cue)) continue;
            // 澳洲总理艾班尼斯…与习近平会面: the officeholder a state and a title introduce acts, not the state.
            primarySubject = _officeholders.Before(key, mentions, primarySubject, cue);
            var officeholder = marked is not null ? _officeholders.Of(key, mentions, marked) : null;
            var objectsAfter = officeholder is null ? _objects.After(key, mentions, clause, cue) : null;
            var primaryObjects = objectsAfter ?? _objects.MarkedWithCoordinated(key, mentions, officeholder!, cue);
            if (equated is not null && primaryObjects.Count == 0) primaryObjects = [equated.Value.Equated];
            // 美国的做法遭到中国的批评: the agent after a passive marker is the one subject, and it acts on the name before it.
            var patient = marked is null && pivot is null && primaryObjects.Count == 0
                ? _passive.Patient(key, mentions, clause, _officeholders.Extent(key, mentions, primarySubject), cue, attributive, predicate)
                : null;
            // 在特朗普的威逼利诱下，墨西哥和加拿大被迫…: the pressure's targets, listed ones included.
            List<Mention>? patients = patient is not null ? [patient] : null;
            // 荷兰和日本在美方压力下收紧了对华出口: names after the pressure belong to the act done under it.
            if (threat is not null && pivot is null) patients = threat.Value.Targets;
            // 对中国商品加征关税，中方随即采取了反制措施, 美国对此提出批评: an answer with no target of its own answers the
            // act the sentence names (its speaker included: 美国宣布对俄制裁，俄方随即反制).
            var answered = patients is null && marked is null && pivot is null && primaryObjects.Count == 0
                ? _answered.Answered(key, sentence, mentions, clause, found, cues, primarySubject) : null;
            // The names listed with the one answered did the act too (《芯片与科学法案》和《通胀削减法案》…，欧盟对此批评).
            if (answered is not null && !ActorIdentity.SameActor(answered, primarySubject) && !ActorIdentity.OwnState(primarySubject, answered) && !ActorIdentity.OwnState(answered, primarySubject))
                patients = [answered, .. _coordination.Of(key, mentions, answered).Where(m => m.Local.Start > answered.Local.Start && !ActorIdentity.SameActor(m, primarySubject))];
            else answered = null;
            if (patients is not null) primaryObjects = [.. patients];
            if (patients is null && (lineBefore || primaryObjects.Any(IsLineTarget)))
                primaryObjects = [.. primaryObjects.Where(o => !IsLineTarget(o) && (!lineBefore || o is null || LineTargets.FollowsRightAfter(key, cue, o)))];
            var modality = _modality.Read(key, sentence, clause, cue, mentions);
            // 如果美国宣布的“印太经济框架”得以落实…: a relative clause's own subject, and the names listed with it (美国和日本
            // 提出的…), are told to have done its act, under a condition as under a modal.
            var relative = RelativeClauses.Subject(key, cue, mentions, m => _objects.IsMarked(key, m, clause.Start));
            HashSet<Mention>? toldDone = relative is null ? null : [relative, .. _coordination.Of(key, mentions, relative)];
            // 美国要求韩国承担更多费用: what a demand hands on is what the party should do; the demand itself is asserted.
            if (pivot is not null && modality == Modality.Asserted && _pivots.Demands(key, pivot)) modality = Modality.Prescribed;
            // 美方对中国拒绝会晤表示遗憾: an act of the marked name before the cue keeps its own negation; one before the
            // marked name still negates (共和党不可能同民主党达成妥协).
            var nestedActEnd = marked is null ? 0 : _refusals.NestedActEnd(cues, marked, cue);
            var source = attribution?.Speaker ?? carriedSource;
            var index = sentence.IndexOfClause(clause);
            var neighbourhood = CandidateChoices.Neighbourhood(sentence, clause, index);
            // A marked object closes the subject's coordination: in 美国与日本、韩国建立同盟, 与 marks the objects.
            var subjectLimit = marked?.Local.Start ?? cue.Start;
            var primaryCoSubjects = _choices.CoSubjectsOf(key, mentions, primarySubject, subjectLimit);
            // 美国和欧盟的制裁: the owners of a directed act do it each, not to one another.
            var reciprocal = agent is null ? Reciprocals.Find(predicate, primaryObjects, primarySubject, primaryCoSubjects) : null;
            var choices = onlySubject is not null ? [onlySubject] : patients is not null ? [primarySubject]
                : CandidateChoices.SubjectChoices(mentions, primarySubject, attribution?.Speaker, cue, clause, CandidateChoices.Previous(sentence, index))
                    .Select(s => _officeholders.Before(key, mentions, s, cue)).Distinct();
            // 中国与印度宿敌巴基斯坦: the name right before a party noun owns it alone; 与 joins the phrase, not the owner.
            IEnumerable<Mention> subjects = owner is not null && owner.Local.End == cue.Start ? [owner] : _choices.WithCoordinated(key, mentions, choices, cue.Start);
            var nearby = CandidateChoices.Nearby(mentions, cue, neighbourhood);
            foreach (var subject in subjects)
            {
                if (attributive.Contains(subject) || _subjects.IsAddressed(key, subject, clause, cue)) continue;
                var from = subject.Local.End > clause.Start && subject.Local.End <= cue.Start ? subject.Local.End : clause.Start;
                var negated = copulaNegated || !reversalDenied && (nestedActEnd > from
                    ? _negation.IsNegated(key, from, Math.Max(from, marked!.Local.Start), mentions) || _negation.IsNegated(key, nestedActEnd, cue.Start, mentions)
                    : _negation.IsNegated(key, from, cue.Start, mentions));
                var partners = _coordination.Of(key, mentions, subject).ToList();
                var coSubjects = CandidateChoices.CoSubjects(partners, subjectLimit);
                foreach (var obj in CandidateChoices.ObjectChoices(primaryObjects, subject, nearby))
                {
                    // Names listed together relate once per pair, the first named as subject (GUIDELINES rule 22:
                    // 美国、欧盟和日本…展开讨论 is 美国 with each of the others, never 欧盟 with 日本 or the reverse).
                    if (obj is not null && partners.Contains(obj) && partners[0].Local.Start < subject.Local.Start) continue;
                    // 美国和日本都支持…, 芬兰和瑞典放弃了长期奉行的…政策: each acts on its own, so neither is the other's
                    // counterpart (GUIDELINES rule 28).
                    if (obj is not null && partners.Contains(obj) && _joint.ActEachAlone(key, subject, obj, partners, cue)) continue;
                    if (obj is not null && partners.Contains(obj) && obj.Local.End <= cue.Start && _solo.IsSoloAct(key, cue, clause, word, predicate)
                        && (JointActs.ListsSubjects(key, mentions, obj) || JointActs.ListsSubjects(key, mentions, subject))) continue;
                    if (obj is not null && (attributive.Contains(obj) || _subjects.IsAddressed(key, obj, clause, cue))) continue;
                    if (IsLineTarget(obj)) continue;
                    // 应对来自俄罗斯和中国的挑战: what comes from a name is the verb's object, not the name.
                    if (obj is not null && obj.Local.Start >= cue.End && _threats.IsFrom(key, mentions, obj)) continue;
                    // 美国联合日本和荷兰限制对华出口: the partners a verb of acting together takes act with the subject, not on.
                    if (obj is not null && obj.Local.End <= cue.Start && _subjects.IsPartnerOrMeans(key, mentions, obj)) continue;
                    // 据路透社报道，沙特有意加入金砖国家: who reports the act is not what it is done to.
                    if (obj is not null && obj == attribution?.Speaker && (answered is null || patients?.Contains(obj) != true)) continue;
                    // 专家宋忠平表示，俄罗斯将与朝鲜加强合作: the speaker reports the act of the one who does it, not an act on it.
                    if (obj is not null && attribution is { } reported && subject == reported.Speaker && obj == primarySubject
                        && obj.Local.Start >= reported.After && clause.Contains(obj.Local.Start)) continue;
                    if (obj is not null && (ActorIdentity.SameActor(obj, subject) || ActorIdentity.OwnState(subject, obj))) continue;
                    var actedWith = obj is not null && (JointActs.IsComitative(key, obj, cue) || obj == officeholder && JointActs.IsComitative(key, marked!, cue));
                    if (PredicateObjects.Toward(predicate, obj?.Type, actedWith, sides) is not { } asserted) continue;
                    // 莫斯科和平壤否认…, 日本和韩国围堵中国: names listed before the cue act side by side, neither on the other,
                    // unless the act is a relation between them alone (GUIDELINES rules 22 and 28); a topic after the cue
                    // (与普京讨论了乌克兰问题) is no counterpart.
                    if (obj is not null && partners.Contains(obj)
                        && _listed.SideBySide(key, asserted, subject, obj, partners, primaryObjects,
                            [.. (objectsAfter ??= _objects.After(key, mentions, clause, cue)).Where(o => o is null || !attributive.Contains(o))], cue)) continue;
                    if (obj?.Type != EntityType.Policy && _policyOnly.Contains(word)) continue;
                    if (obj is not null && _demands.Excludes(key, mentions, cues, clause, found, obj)) continue;
                    if (obj is not null && _memberships.Excludes(key, found, obj)) continue;
                    // 邀请所有联合国会员国参加: the members are invited, not the body.
                    if (obj is not null && _pivots.IsInvitation(word) && _memberships.NamesMembers(key, obj)) continue;
                    // The one a passive or a pressure's source acts on is the rules' own choice, wherever it stands.
                    if (obj is not null && patients?.Contains(obj) != true && !_reach.Reaches(key, mentions, cues, found, obj)) continue;
                    if (obj is not null && patients?.Contains(obj) != true && _clauseReach.Excludes(key, sentence, clause, cue, obj, primaryObjects)) continue;
                    if (obj is not null && _handedOn.IsHandedOn(key, mentions, handedOn, cue, obj)) continue;
                    // 美国要求日本与中国脱钩: who hands the act on is not what the act is done to.
                    if (obj is not null && pivot is not null && obj.Local.End <= pivot.Local.Start) continue;
                    if (actedWith && predicate == Predicate.Supports && !sides && ObjectReach.TakesRelation(cues, cue, clause)) continue;
                    var isPrimary = (subject == primarySubject || primaryCoSubjects.Contains(subject))
                        && (obj is null ? primaryObjects.Count == 0 : primaryObjects.Contains(obj))
                        || reciprocal is not null && subject == reciprocal[0] && obj is not null && reciprocal.Contains(obj);
                    yield return new ClaimCandidate(sentence, subject, obj, cue, word, asserted, negated, toldDone?.Contains(subject) == true ? Modality.Asserted : modality, source)
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
                        // 美国宣布对华加征关税，中方对此坚决反对: the answer is no part of what 美国 announced.
                        AnswersSpeaker = answered is not null && attribution is { } told && subject != told.Speaker
                            && AttributionReader.EndsBefore(key, sentence, told.After, cue),
                    };
                }
            }
        }
        // 外交部发言人表示，美方…违反国际经贸规则: the speaker opposes whom it judges.
        foreach (var censured in _censured.Find(key, sentence, mentions, attributive)) yield return censured;
    }
}
