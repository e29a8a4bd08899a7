using System.Text.Json;

namespace ClaimGraph.Extraction.Lexicons;

/// <summary>Cue words for claims, their qualifiers and their attribution (claim-cues.json).</summary>
public sealed record ClaimCues
{
    /// <summary>Predicate name → words that signal it (延续 → CONTINUES).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Predicates { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Words that contain a cue but say nothing of a stance (支持率, 孤立主义, 竞争力): matched first, then skipped.</summary>
    public IReadOnlyList<string> CueStops { get; init; } = [];

    /// <summary>
    /// Cue words that signal their predicate only toward a named policy (参议院通过《…法案》): elsewhere they are
    /// prepositions or everyday verbs (通过谈判解决).
    /// </summary>
    public IReadOnlyList<string> PolicyOnly { get; init; } = [];

    /// <summary>
    /// Support words that also mean siding with an actor they take (支持日本, 承诺保卫澳大利亚); other support words
    /// toward a state (推动, 加大, 扩大) name what is promoted, not the state.
    /// </summary>
    public IReadOnlyList<string> SidesWith { get; init; } = [];

    /// <summary>
    /// Nouns that name a relation (盟友, 对手): a name after one is its counterpart only in apposition (盟友日本), not
    /// across a verb (联合盟友对付中国).
    /// </summary>
    public IReadOnlyList<string> RelationNouns { get; init; } = [];

    /// <summary>
    /// Relation nouns that name a party, not the relation (盟友, 对手, 宿敌; not 同盟, 伙伴关系): a name right before one owns
    /// it without 的 (印度宿敌巴基斯坦, 美国盟友日本), where before a relation it would be a party to it (美日同盟).
    /// </summary>
    public IReadOnlyList<string> PartyNouns { get; init; } = [];

    /// <summary>Verbs that address a name (知会中国, 通知俄方): what follows in the clause is the speaker's act, not the addressee's.</summary>
    public IReadOnlyList<string> AddressVerbs { get; init; } = [];

    /// <summary>Words that make the name after them the means of an act (美国通过北约向乌克兰提供援助): not who does it.</summary>
    public IReadOnlyList<string> InstrumentMarkers { get; init; } = [];

    /// <summary>
    /// Words that open a clause going on with the previous clause's actor (…，以便牵制朝鲜, …，从而削弱中国): its subject is
    /// that clause's, not the sentence's first name.
    /// </summary>
    public IReadOnlyList<string> Continuations { get; init; } = [];

    /// <summary>
    /// Words before a name that make it the agent of a passive act (被美国制裁的伊朗, 遭北韩绑架, RCEP由东盟发起): it is not
    /// acted on.
    /// </summary>
    public IReadOnlyList<string> PassiveMarkers { get; init; } = [];

    /// <summary>Words that end in a passive marker and are none (任由日本扩军, 经由新加坡, 理由).</summary>
    public IReadOnlyList<string> PassiveMarkerStops { get; init; } = [];

    /// <summary>
    /// Passive markers that stand without a named agent (日本的决定遭到周边国家反对, 伊朗被制裁): the name before them
    /// undergoes the act and does not do it.
    /// </summary>
    public IReadOnlyList<string> AgentlessPassives { get; init; } = [];

    /// <summary>Words that hold an agentless passive marker and are none (被迫, 被指, 被认为, 感受到, 被动).</summary>
    public IReadOnlyList<string> AgentlessPassiveStops { get; init; } = [];

    /// <summary>Words holding 在 that set no place (正在, 现在, 存在, 在于): no reaction arises there.</summary>
    public IReadOnlyList<string> ReactionVenueStops { get; init; } = [];

    /// <summary>
    /// Verbs that make a reaction after them the answer to what came before (此举引发中方强烈不满, 这一言论在美国国会引发批评):
    /// the one who reacts opposes the actor before the verb, as after a passive marker.
    /// </summary>
    public IReadOnlyList<string> ReactionCauses { get; init; } = [];

    /// <summary>Nouns after a state that make it an unnamed outlet's (据巴西传媒报道, 日本媒体称): the state is no speaker.</summary>
    public IReadOnlyList<string> OutletNouns { get; init; } = [];

    /// <summary>Cue words that, right after a policy's name, are its head noun (“一带一路”倡议): no verb there.</summary>
    public IReadOnlyList<string> PolicyHeads { get; init; } = [];

    /// <summary>Words that make a clause a question (是否, 能否): a question asserts nothing.</summary>
    public IReadOnlyList<string> QuestionMarkers { get; init; } = [];

    /// <summary>Words whose clause describes an act to be prevented (防止, 避免): the act is not claimed.</summary>
    public IReadOnlyList<string> PreventionMarkers { get; init; } = [];

    /// <summary>Verbs that undo the act they govern (取消, 解除, 撤销): 日本解除了对韩国的出口限制 claims no restriction.</summary>
    public IReadOnlyList<string> ReversalMarkers { get; init; } = [];

    /// <summary>Words that end a reversal verb's phrase before a later cue: a joined verb (并), a causative (使, 导致).</summary>
    public IReadOnlyList<string> ReversalBounds { get; init; } = [];

    /// <summary>Verbs that take a name off a list after it (从恐怖组织名单中撤出): the listing is undone, as after 解除.</summary>
    public IReadOnlyList<string> ListRemovals { get; init; } = [];

    public IReadOnlyList<string> Negation { get; init; } = [];

    /// <summary>Words that start with a negation cue but do not negate (不断, 不仅).</summary>
    public IReadOnlyList<string> NegationStops { get; init; } = [];

    /// <summary>Modality name → cue words (将 → PREDICTED, 应 → PRESCRIBED, 若 → HYPOTHETICAL).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Modality { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Words that hold a modality marker but say nothing of modality (应对, 回应, 峰会, 社会, 将领, 如果说).</summary>
    public IReadOnlyList<string> ModalityStops { get; init; } = [];

    /// <summary>Words that open the consequent of a condition (那, 则), ending a hypothetical's reach.</summary>
    public IReadOnlyList<string> Consequent { get; init; } = [];

    /// <summary>Speaking verbs after a named speaker (表示, 称, 认为).</summary>
    public IReadOnlyList<string> Attribution { get; init; } = [];

    /// <summary>Words that hold a speaking verb and say nothing (说法, 游说, 称霸, 名称): no speaker before them.</summary>
    public IReadOnlyList<string> AttributionStops { get; init; } = [];

    /// <summary>Words before a named source (据).</summary>
    public IReadOnlyList<string> AttributionPrefix { get; init; } = [];

    /// <summary>Phrases that hand the following paragraphs to the last named speaker (主要内容如下).</summary>
    public IReadOnlyList<string> DigestOpeners { get; init; } = [];

    /// <summary>
    /// Speaking verbs whose speaker, named right before the act (特朗普宣布退出《巴黎协定》), does the act by saying it: the
    /// claim is the speaker's own, with no source (GUIDELINES rule 42).
    /// </summary>
    public IReadOnlyList<string> Announcements { get; init; } = [];

    /// <summary>
    /// Speaking verbs that, right before the act (对美国的做法表示强烈反对, 表示支持), state the speaker's own stance: no
    /// report, so a name marked before them is the act's object (ANNOTATION: the speaking verb is itself the claim).
    /// </summary>
    public IReadOnlyList<string> StanceVerbs { get; init; } = [];

    /// <summary>
    /// Verbs of stance whose 对 phrase names what the stance is about (中方对美国的制裁表示强烈不满, 对…深表关切): the 对
    /// belongs to the stance, so the name before the phrase's 的 owns the act the phrase names.
    /// </summary>
    public IReadOnlyList<string> StanceTopics { get; init; } = [];

    /// <summary>Words of answering an act in kind (反制, 报复, 回击): with no target of their own they answer the act before.</summary>
    public IReadOnlyList<string> Retaliations { get; init; } = [];

    /// <summary>Words that open a clause naming the act answered (针对美国的打压，…; 面对…的制裁，…).</summary>
    public IReadOnlyList<string> RetaliationFrames { get; init; } = [];

    /// <summary>Prepositions that put their noun in object position before the verb (对, 与, 向).</summary>
    public IReadOnlyList<string> ObjectMarkers { get; init; } = [];

    /// <summary>
    /// Object markers that still mark a name a short modifier and 的 put after them (对快速崛起的中国进行打压, 与日益强大的
    /// 中国竞争); not 把 or 将, whose 的 phrase is what is handled.
    /// </summary>
    public IReadOnlyList<string> ModifierMarkers { get; init; } = [];

    /// <summary>
    /// Words ending in a marker's character that open a clause instead (认为, 因为): the name after them is the
    /// subject of what follows (他认为东盟支持RCEP), not a marked object.
    /// </summary>
    public IReadOnlyList<string> ObjectMarkerStops { get; init; } = [];

    /// <summary>
    /// Words after a marked name that make it the clause's viewpoint, not an object (从中国的角度看, 对美国而言): the
    /// name is then the subject of what follows.
    /// </summary>
    public IReadOnlyList<string> TopicFrames { get; init; } = [];

    /// <summary>
    /// Words after a leader's or a government's name that make it the time of what follows (奥巴马政府时期，美国…;
    /// 特朗普上台后，…): the name dates the clauses after it, and a name those clauses open with acts in them.
    /// </summary>
    public IReadOnlyList<string> TenureFrames { get; init; } = [];

    /// <summary>
    /// Words a clause opens with that make it the purpose or the means of the clause after it (为推动…，习近平提出…;
    /// 通过与日本…建立联盟，拜登…): the actor that clause opens with does the act they frame.
    /// </summary>
    public IReadOnlyList<string> PurposeFrames { get; init; } = [];

    /// <summary>Words that start with a purpose frame and frame nothing (为此, 为主, 通过了).</summary>
    public IReadOnlyList<string> PurposeFrameStops { get; init; } = [];

    /// <summary>
    /// Nouns after a state's name that make it only where a public or a body belongs (美国国内, 美国智库, 日本民众): the
    /// clause speaks of them, not of the state acting.
    /// </summary>
    public IReadOnlyList<string> PublicNouns { get; init; } = [];

    /// <summary>
    /// Words of time a clause may open with before its actor (同年美国…, 此后美国…), as a year does (2018年美国…): the
    /// actor after them still opens the clause.
    /// </summary>
    public IReadOnlyList<string> OpeningTimes { get; init; } = [];

    /// <summary>
    /// Words that open a clause on another actor's part (但, 却, 然而, 他): what follows is no longer the clause before's
    /// actor's doing.
    /// </summary>
    public IReadOnlyList<string> TurnOpeners { get; init; } = [];

    /// <summary>
    /// Nouns that make the state before them a topic (伊朗核问题, 乌克兰局势, 在中国问题上): the state is talked about,
    /// no party to the sentence's claims.
    /// </summary>
    public IReadOnlyList<string> TopicNouns { get; init; } = [];

    /// <summary>
    /// Words that open a cause given before the act and closed by 而 (印度没有因为美国的压力而停止…): a name inside is
    /// not the act's subject.
    /// </summary>
    public IReadOnlyList<string> CauseOpeners { get; init; } = [];

    /// <summary>Talks after a topic noun, which make the states before it parties again (美国和伊朗核问题谈判).</summary>
    public IReadOnlyList<string> TopicTalks { get; init; } = [];

    /// <summary>
    /// Meetings named after an organization (G20峰会, 东盟外长会议): set in a clause (G20峰会结束后), the organization names
    /// where the act happens, no party to it.
    /// </summary>
    public IReadOnlyList<string> EventNouns { get; init; } = [];

    /// <summary>Verbs of taking part before such a meeting, which keep its organization a party (出席东盟峰会).</summary>
    public IReadOnlyList<string> EventAttendance { get; init; } = [];

    /// <summary>
    /// Words after a meeting that make it the setting of the act, not its actor (G20峰会结束后, 在东盟外长会议上, 峰会召开期间);
    /// an organization's summit that acts (七国集团峰会公报批评中国) keeps the organization a party.
    /// </summary>
    public IReadOnlyList<string> EventSettings { get; init; } = [];

    /// <summary>
    /// Endings beside <see cref="EventNouns"/> that make an organization's name a meeting's (联合国大会): set in a clause
    /// like a meeting (在联合国大会上), it is no party either.
    /// </summary>
    public IReadOnlyList<string> MeetingNameEnds { get; init; } = [];

    /// <summary>Longer words of time that begin with a setting word (上周, 后来, 时隔): after a meeting, it acts then.</summary>
    public IReadOnlyList<string> EventSettingStops { get; init; } = [];

    /// <summary>Verbs of a meeting being held (召开, 举行): a setting word further on in the clause then sets the meeting.</summary>
    public IReadOnlyList<string> EventHeld { get; init; } = [];

    /// <summary>A chair a state holds, after the organization chaired (二十国集团轮值主席国): the organization is no party.</summary>
    public IReadOnlyList<string> ChairTitles { get; init; } = [];

    /// <summary>Interview nouns after an outlet (接受卫星通讯社采访时表示): the outlet asks; it neither acts nor speaks.</summary>
    public IReadOnlyList<string> InterviewNouns { get; init; } = [];

    /// <summary>Words that name an article's author before the name (作者是, 作者为).</summary>
    public IReadOnlyList<string> AuthorOpeners { get; init; } = [];

    /// <summary>
    /// Adverbs that make coordinated names act each on its own (美国和日本都支持…, 分别): they are then not each other's
    /// counterpart.
    /// </summary>
    public IReadOnlyList<string> Distributive { get; init; } = [];

    /// <summary>
    /// Verbs that hand their object to the next verb as its subject (支持沙特介入也门, 反对美国干涉, 欢迎印度加入): the
    /// name after one acts in what follows, not the verb's own subject.
    /// </summary>
    public IReadOnlyList<string> PivotVerbs { get; init; } = [];

    /// <summary>Words ending in a pivot verb's character that are no verb (大使, 即使, 法令).</summary>
    public IReadOnlyList<string> PivotStops { get; init; } = [];

    /// <summary>
    /// Pivot verbs that demand or urge (要求, 敦促, 呼吁): the act they hand on is what the named party should do, so it is
    /// PRESCRIBED, while the demand itself is asserted (美国要求韩国承担更多费用).
    /// </summary>
    public IReadOnlyList<string> DemandVerbs { get; init; } = [];

    /// <summary>
    /// Demand verbs that press the party they name (特朗普要求日本增加防卫开支: 特朗普 CONFRONTS 日本), unless what they ask
    /// for is help, support or talks (要求美国提供援助).
    /// </summary>
    public IReadOnlyList<string> PressingDemands { get; init; } = [];

    /// <summary>
    /// Verbs of help asked for (提供, 援助, 协助): a demand that the party give help is a request, and presses no one
    /// (乌克兰要求德国提供坦克).
    /// </summary>
    public IReadOnlyList<string> RequestedHelp { get; init; } = [];

    /// <summary>
    /// Nouns of pressure and coercion (威胁, 压力, 制裁): one that comes from a named actor is that actor's act on whoever
    /// faces it (来自俄罗斯的威胁); a challenge or a rivalry (来自美国的挑战) is no such act.
    /// </summary>
    public IReadOnlyList<string> PressureNouns { get; init; } = [];

    /// <summary>
    /// Pivot verbs that invite (邀请): the act they hand on has not happened, so it gives no claim (GUIDELINES rule 52);
    /// the invitation itself is contact (ENGAGES), or taking the invitee in when it is invited to join (COOPERATES).
    /// </summary>
    public IReadOnlyList<string> Invitations { get; init; } = [];

    /// <summary>
    /// Words of a negative judgement on whoever does the act (违反, 歪曲, 滥用, 不公平): in reported speech the speaker
    /// opposes the actor the content names first (GUIDELINES rule 42).
    /// </summary>
    public IReadOnlyList<string> Censures { get; init; } = [];

    /// <summary>
    /// Verbs that join an organization only when a membership noun follows it (非盟成为二十国集团的正式成员, GUIDELINES
    /// rule 52); elsewhere they are copulas (成为焦点, 成为美国的盟友).
    /// </summary>
    public IReadOnlyList<string> MembershipJoins { get; init; } = [];

    /// <summary>
    /// Acts each party does alone (加入, 支持, 反对, 奉行, 维护): names that 和 lists before one each do it (芬兰和瑞典加入北约),
    /// where before an act done together 和 marks the partner (美国和欧盟成立…). A line changed (CHANGES: 放弃, 调整) is
    /// each party's own too, unless what changes lies between them (调整了两国关系); neither is when an adverb makes the
    /// act joint (共同倡导).
    /// </summary>
    public IReadOnlyList<string> SoloActs { get; init; } = [];

    /// <summary>Nouns of membership (成员, 会员; 成员国 and 会员国 begin with them).</summary>
    public IReadOnlyList<string> MembershipNouns { get; init; } = [];

    /// <summary>
    /// Verbs of the disposal construction that make a 将 before them its object marker (将中国视为对手, 将双边关系提升为…,
    /// 将疫情政治化), not the future.
    /// </summary>
    public IReadOnlyList<string> DisposalVerbs { get; init; } = [];

    /// <summary>
    /// Pronouns that fill a verb's object right after it (惩罚其, 制裁他们): a name further on belongs to the clause the
    /// pronoun opens (以惩罚其持续购买俄罗斯原油), unless a partner or rival noun puts it beside the pronoun (支持其盟友日本).
    /// </summary>
    public IReadOnlyList<string> ObjectPronouns { get; init; } = [];

    /// <summary>Words that begin with such a pronoun and are none (其他, 其中, 他国).</summary>
    public IReadOnlyList<string> ObjectPronounStops { get; init; } = [];

    /// <summary>
    /// Words that open a clause with where or when the act happens (于天津举行会晤, 将在北京会谈): after a comma that
    /// follows the parties (习近平与莫迪，于天津举行会晤), the clause continues theirs.
    /// </summary>
    public IReadOnlyList<string> VenueOpeners { get; init; } = [];

    /// <summary>Adverbs that make names listed before a verb act on each other (相互, 互相, 彼此).</summary>
    public IReadOnlyList<string> ReciprocalAdverbs { get; init; } = [];

    /// <summary>Words after a list that make the cue the listed names' relation as a noun (的, 之间: 中美之间的竞争).</summary>
    public IReadOnlyList<string> RelationLinks { get; init; } = [];

    /// <summary>Words that open a purpose which 而 closes before the act (为声援巴勒斯坦人而…), as the cause openers open a cause.</summary>
    public IReadOnlyList<string> PurposeOpeners { get; init; } = [];

    /// <summary>Words holding 为 that open no purpose (认为, 成为, 作为, 为主).</summary>
    public IReadOnlyList<string> PurposeOpenerStops { get; init; } = [];

    /// <summary>Words that open a cause a name stands in (因伊核协议而豁免): the name is why, not what is acted on.</summary>
    public IReadOnlyList<string> ObjectCauseOpeners { get; init; } = [];

    /// <summary>
    /// Nouns that, after a pronoun, set a name beside it (支持其邻国巴基斯坦, 其传统友邦塞尔维亚): the name is the
    /// pronoun's, as after a title or a partner noun.
    /// </summary>
    public IReadOnlyList<string> AppositionNouns { get; init; } = [];

    /// <summary>Conjunctions that coordinate objects (和, 及, 、).</summary>
    public IReadOnlyList<string> Coordinators { get; init; } = [];

    /// <summary>The same cues in the matching key's script, so they meet folded text.</summary>
    public ClaimCues Folded(Func<string, string> fold) => this with
    {
        Predicates = Predicates.ToDictionary(kv => kv.Key, kv => Fold(kv.Value, fold)),
        CueStops = Fold(CueStops, fold),
        PolicyOnly = Fold(PolicyOnly, fold),
        PolicyHeads = Fold(PolicyHeads, fold),
        OutletNouns = Fold(OutletNouns, fold),
        PassiveMarkers = Fold(PassiveMarkers, fold),
        PassiveMarkerStops = Fold(PassiveMarkerStops, fold),
        AgentlessPassives = Fold(AgentlessPassives, fold),
        AgentlessPassiveStops = Fold(AgentlessPassiveStops, fold),
        ReactionVenueStops = Fold(ReactionVenueStops, fold),
        ReactionCauses = Fold(ReactionCauses, fold),
        AddressVerbs = Fold(AddressVerbs, fold),
        InstrumentMarkers = Fold(InstrumentMarkers, fold),
        Continuations = Fold(Continuations, fold),
        SidesWith = Fold(SidesWith, fold),
        RelationNouns = Fold(RelationNouns, fold),
        PartyNouns = Fold(PartyNouns, fold),
        QuestionMarkers = Fold(QuestionMarkers, fold),
        PreventionMarkers = Fold(PreventionMarkers, fold),
        ReversalMarkers = Fold(ReversalMarkers, fold),
        ReversalBounds = Fold(ReversalBounds, fold),
        ListRemovals = Fold(ListRemovals, fold),
        Negation = Fold(Negation, fold),
        NegationStops = Fold(NegationStops, fold),
        Modality = Modality.ToDictionary(kv => kv.Key, kv => Fold(kv.Value, fold)),
        Consequent = Fold(Consequent, fold),
        ModalityStops = Fold(ModalityStops, fold),
        Attribution = Fold(Attribution, fold),
        AttributionPrefix = Fold(AttributionPrefix, fold),
        AttributionStops = Fold(AttributionStops, fold),
        ObjectMarkers = Fold(ObjectMarkers, fold),
        ModifierMarkers = Fold(ModifierMarkers, fold),
        ObjectMarkerStops = Fold(ObjectMarkerStops, fold),
        Coordinators = Fold(Coordinators, fold),
        ObjectPronouns = Fold(ObjectPronouns, fold),
        ObjectPronounStops = Fold(ObjectPronounStops, fold),
        VenueOpeners = Fold(VenueOpeners, fold),
        ReciprocalAdverbs = Fold(ReciprocalAdverbs, fold),
        RelationLinks = Fold(RelationLinks, fold),
        ObjectCauseOpeners = Fold(ObjectCauseOpeners, fold),
        PurposeOpeners = Fold(PurposeOpeners, fold),
        PurposeOpenerStops = Fold(PurposeOpenerStops, fold),
        AppositionNouns = Fold(AppositionNouns, fold),
        Distributive = Fold(Distributive, fold),
        PivotVerbs = Fold(PivotVerbs, fold),
        PivotStops = Fold(PivotStops, fold),
        DemandVerbs = Fold(DemandVerbs, fold),
        PressingDemands = Fold(PressingDemands, fold),
        RequestedHelp = Fold(RequestedHelp, fold),
        PressureNouns = Fold(PressureNouns, fold),
        Invitations = Fold(Invitations, fold),
        Censures = Fold(Censures, fold),
        MembershipJoins = Fold(MembershipJoins, fold),
        SoloActs = Fold(SoloActs, fold),
        MembershipNouns = Fold(MembershipNouns, fold),
        DisposalVerbs = Fold(DisposalVerbs, fold),
        TopicFrames = Fold(TopicFrames, fold),
        TenureFrames = Fold(TenureFrames, fold),
        PurposeFrames = Fold(PurposeFrames, fold),
        PurposeFrameStops = Fold(PurposeFrameStops, fold),
        PublicNouns = Fold(PublicNouns, fold),
        OpeningTimes = Fold(OpeningTimes, fold),
        TurnOpeners = Fold(TurnOpeners, fold),
        TopicNouns = Fold(TopicNouns, fold),
        TopicTalks = Fold(TopicTalks, fold),
        EventNouns = Fold(EventNouns, fold),
        EventAttendance = Fold(EventAttendance, fold),
        EventSettings = Fold(EventSettings, fold),
        MeetingNameEnds = Fold(MeetingNameEnds, fold),
        ChairTitles = Fold(ChairTitles, fold),
        EventSettingStops = Fold(EventSettingStops, fold),
        EventHeld = Fold(EventHeld, fold),
        InterviewNouns = Fold(InterviewNouns, fold),
        AuthorOpeners = Fold(AuthorOpeners, fold),
        CauseOpeners = Fold(CauseOpeners, fold),
        DigestOpeners = Fold(DigestOpeners, fold),
        Announcements = Fold(Announcements, fold),
        StanceVerbs = Fold(StanceVerbs, fold),
        StanceTopics = Fold(StanceTopics, fold),
        Retaliations = Fold(Retaliations, fold),
        RetaliationFrames = Fold(RetaliationFrames, fold),
    };

    private static IReadOnlyList<string> Fold(IReadOnlyList<string> words, Func<string, string> fold) => words.Select(fold).Distinct().ToList();

    public static ClaimCues Read(string json) =>
        JsonSerializer.Deserialize<ClaimCues>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
        ?? throw new InvalidDataException("claim-cues.json is empty");
}
