using System.Text.Json;

namespace ClaimGraph.Extraction.Lexicons;

/// <summary>
/// Cue words for claims, their qualifiers and their attribution (claim-cues.json); the words that find a cue's
/// parties are in ClaimCues.Parties.cs.
/// </summary>
public sealed partial record ClaimCues
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
        LineNouns = Fold(LineNouns, fold),
        LineNounStops = Fold(LineNounStops, fold),
        LineReversals = Fold(LineReversals, fold),
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
