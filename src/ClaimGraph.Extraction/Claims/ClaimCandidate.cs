using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// What the rules propose for one cue: subject, cue and object in a clause, with the qualifiers read off the
/// text. A decider (rules or a model) then names the predicate or rejects it.
/// </summary>
public sealed record ClaimCandidate(
    Sentence Sentence,
    Mention Subject,
    Mention? Object,
    Span Cue,
    string CueWord,
    Predicate CuePredicate,
    bool Negated,
    Modality Modality,
    Mention? Source)
{
    /// <summary>The document's matching key (width- and script-folded), which features are computed from.</summary>
    public required string DocumentText { get; init; }

    public Span Clause { get; init; }

    /// <summary>The pairing the rules would choose alone (nearest subject, marked or first object); others are for a model to weigh.</summary>
    public bool IsPrimary { get; init; }

    /// <summary>All mentions of the sentence, for features that look at the context.</summary>
    public IReadOnlyList<Mention> SentenceMentions { get; init; } = [];

    /// <summary>The predicate the cue word signals in the lexicon, before its object's type decides what it asserts (合作 → COOPERATES).</summary>
    public Predicate WordPredicate { get; init; }

    /// <summary>The names coordinated with the subject (美国、欧盟和日本…): each of them claims the same.</summary>
    public IReadOnlyList<Mention> CoSubjects { get; init; } = [];

    /// <summary>
    /// The speaker does the act by announcing it (特朗普宣布退出《巴黎协定》), so the claim is the speaker's own and is
    /// given no source (GUIDELINES rule 42). <see cref="Source"/> still names the speaker for the features.
    /// </summary>
    public bool Announced { get; init; }

    /// <summary>
    /// The act answers one that a speaker's statement, complete in its own clause, named (美国宣布对华加征关税，中方对此
    /// 坚决反对): the answer is the writer's report, not the speaker's, so the claim has no source. <see cref="Source"/>
    /// still names the speaker for the features.
    /// </summary>
    public bool AnswersSpeaker { get; init; }

    /// <summary>
    /// The subject with the state and title that introduce it (中国国家主席习近平): to a model one party, as a bare name is.
    /// </summary>
    public Span SubjectExtent { get => _subjectExtent ?? Subject.Local; init => _subjectExtent = value; }

    /// <summary>The object with the state and title that introduce it (会见美国国务卿布林肯).</summary>
    public Span ObjectExtent { get => _objectExtent ?? Object?.Local ?? default; init => _objectExtent = value; }

    private readonly Span? _subjectExtent;
    private readonly Span? _objectExtent;

    /// <summary>Who the claim is attributed to in the output.</summary>
    public Mention? ClaimedSource => Announced || AnswersSpeaker ? null : Source;
}
