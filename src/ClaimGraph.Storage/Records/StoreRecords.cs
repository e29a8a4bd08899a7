namespace ClaimGraph.Storage.Records;

// Read models the store hands to the API: plain data, one shape per answer.

public sealed record DocumentRecord(string Id, string Name, string? Title, string? Url, string? PublishedAt, string IngestedAt, int SentenceCount, int ClaimCount)
{
    /// <summary>When the document was written, as found in it or given by the caller; null from a store that keeps no dates.</summary>
    public DocumentDateRecord? Date { get; init; }
}

/// <summary>A document date (Value 2022-04-18, 2022-04 or 2022; Precision DAY, MONTH or YEAR), or null Value with the reason.</summary>
public sealed record DocumentDateRecord(string? Value, string? Precision, string Rule, double Confidence, int? EvidenceStart, int? EvidenceEnd, string? Evidence, string? UnknownReason);

/// <summary>A claim's time (Source SENTENCE, RELATIVE or DOCUMENT), with the words that gave it when the sentence did.</summary>
public sealed record ClaimTimeRecord(string Value, string Precision, int Year, string Source, string? Expression);

public sealed record DocumentTextRecord(string DocumentId, string OriginalText);

public sealed record AuthorRecord(string DocumentId, string Name, string? Affiliation, string? Role, string? Section);

public sealed record NoteRecord(string DocumentId, string Marker, string Text, int Start, int End);

public sealed record SentenceRecord(long Id, string DocumentId, int Index, string Text, int Start, int End);

public sealed record ActorRecord(string Id, string Name, string Type, string? English, string? Qid, int MentionCount, int ClaimCount);

public sealed record AliasRecord(string ActorId, string Alias, int Count);

public sealed record MentionRecord(long Id, string DocumentId, long SentenceId, string? ActorId, string Text, string Surface, string Type, int Start, int End, string Provenance, double Confidence);

public sealed record ClaimRecord(
    long Id,
    string DocumentId,
    long SentenceId,
    string SubjectId,
    string SubjectText,
    string Predicate,
    string? ObjectId,
    string? ObjectText,
    bool Negated,
    string Modality,
    string? SourceId,
    string? SourceText,
    string Cue,
    int CueStart,
    int CueEnd,
    int? Year,
    double Cooperation,
    double Conflict,
    string Provenance,
    double Confidence,
    int SubjectStart,
    int SubjectEnd,
    int? ObjectStart,
    int? ObjectEnd)
{
    /// <summary>The time the claim speaks of; null when neither its sentence nor its document gives one.</summary>
    public ClaimTimeRecord? Time { get; init; }
}

/// <summary>An office title read as its holder at a time; Consistent is false when the name given with it is someone else.</summary>
public sealed record TitleReferenceRecord(string DocumentId, long SentenceId, string Title, string Office, string? At, string? HolderId, string? HolderName,
    string? HolderQid, string? NamedId, bool Consistent, int Start, int End);

/// <summary>A way an actor was named and the rule that tied it to the actor (a recognizer, or office-holder for a title).</summary>
public sealed record MergeRecord(string ActorId, string Surface, string Rule, int Count);

/// <summary>An actor's claims in one year of claim time, with their summed cooperation and conflict.</summary>
public sealed record TimelineRecord(string ActorId, int Year, int Claims, double Cooperation, double Conflict);

public sealed record LinkRecord(long Id, string DocumentId, string Kind, long FromSentenceId, int FromStart, int FromEnd, long ToSentenceId, int ToStart, int ToEnd, string FromText, string ToText, string Cue);

public sealed record RelationRecord(string SourceId, string TargetId, string Predicate, bool Negated, int Claims, double Cooperation, double Conflict, int? FirstYear, int? LastYear);

/// <summary>
/// Every relation between an actor and one other actor in one direction, summed over predicates and denials:
/// OUTGOING when the actor is the subject (also for claims about itself), INCOMING when it is the object.
/// </summary>
public sealed record PartnerRecord(string ActorId, ActorRecord Other, string Direction, int Claims, double Cooperation, double Conflict, int? FirstYear, int? LastYear)
{
    public const string Outgoing = "OUTGOING";
    public const string Incoming = "INCOMING";

    /// <summary>The partners of <paramref name="actorId"/> in <paramref name="rows"/> (relations touching it) with at least <paramref name="minClaims"/> claims, by other actor id.</summary>
    public static IEnumerable<(string OtherId, string Direction, IReadOnlyList<RelationRecord> Rows)> Group(string actorId, IEnumerable<RelationRecord> rows, int minClaims) =>
        rows.Where(r => r.SourceId == actorId || r.TargetId == actorId)
            .GroupBy(r => r.SourceId == actorId ? (r.TargetId, Outgoing) : (r.SourceId, Incoming))
            .Where(g => g.Sum(r => r.Claims) >= minClaims)
            .Select(g => (g.Key.Item1, g.Key.Item2, (IReadOnlyList<RelationRecord>)g.ToList()));

    /// <summary>The sums of one group of <see cref="Group"/>.</summary>
    public static PartnerRecord Of(string actorId, ActorRecord other, string direction, IReadOnlyList<RelationRecord> rows) =>
        new(actorId, other, direction, rows.Sum(r => r.Claims), rows.Sum(r => r.Cooperation), rows.Sum(r => r.Conflict), rows.Min(r => r.FirstYear), rows.Max(r => r.LastYear));
}

/// <summary>A network cut to its strongest nodes: <see cref="TotalNodes"/> is how many there were before the cut.</summary>
public sealed record NetworkRecord(IReadOnlyList<ActorRecord> Nodes, IReadOnlyList<RelationRecord> Edges, int TotalNodes)
{
    public bool Truncated => TotalNodes > Nodes.Count;
}

public sealed record PathStep(string FromId, string ToId, string Predicate, int Claims, IReadOnlyList<long> EvidenceClaimIds);

public sealed record PathRecord(IReadOnlyList<ActorRecord> Actors, IReadOnlyList<PathStep> Steps);

public sealed record SentenceHit(SentenceRecord Sentence, double Rank);

public sealed record StoreStats(int Documents, int Sentences, int Mentions, int Claims, int Actors, int Relations);

/// <summary>An analyst's verdict on a claim, with a snapshot of the claim as extracted (so it outlives re-extraction).</summary>
public sealed record ReviewRecord(
    long Id,
    long ClaimId,
    string Verdict,
    string? CorrectedPredicate,
    bool? CorrectedNegated,
    string? CorrectedModality,
    string Reviewer,
    string ReviewedAt,
    string? Note,
    string SentenceText,
    string SubjectText,
    string SubjectType,
    string? ObjectText,
    string? ObjectType,
    string OriginalPredicate,
    bool OriginalNegated,
    string OriginalModality);

public sealed record ReviewInput(long ClaimId, string Verdict, string? Predicate, bool? Negated, string? Modality, string Reviewer, string? Note);
