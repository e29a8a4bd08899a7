namespace ClaimGraph.Extraction.Lexicons;

/// <summary>The words that find who does a cue's act and to whom: markers, frames, pivots, joint and solo acts, venues.</summary>
public sealed partial record ClaimCues
{
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
    /// Nouns of a line held toward a name (对华政策, 对俄遏制路线, 对日立场): the name is the line's target, not a line
    /// kept or changed.
    /// </summary>
    public IReadOnlyList<string> LineNouns { get; init; } = [];

    /// <summary>Words a line noun opens that name no line (外交部, 战略伙伴).</summary>
    public IReadOnlyList<string> LineNounStops { get; init; } = [];

    /// <summary>
    /// Verbs that give up or alter a line (放弃, 调整, 改变): the act that only describes the line (放弃了对朝缓和政策) is
    /// undone with it, as after a reversal verb; not verbs that turn to a new line (转向, 转为).
    /// </summary>
    public IReadOnlyList<string> LineReversals { get; init; } = [];

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
}
