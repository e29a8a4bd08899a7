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

    public string ClauseText => DocumentText[Clause.Start..Clause.End];

    /// <summary>The text from the end of the subject to the start of the object (or the clause end).</summary>
    public string Between
    {
        get
        {
            var start = Math.Min(Subject.Local.End, Cue.Start);
            var end = Object is { } o ? Math.Max(o.Local.Start, Cue.End) : Math.Max(Cue.End, Clause.End);
            if (Object is { } ob && ob.Local.End <= Subject.Local.Start) start = ob.Local.End;
            return end > start ? DocumentText[start..end] : "";
        }
    }
}
