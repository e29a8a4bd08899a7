namespace ClaimGraph.Storage.Records;

// Read models the store hands to the API: plain data, one shape per answer.

public sealed record DocumentRecord(string Id, string Name, string? Title, string? Url, string? PublishedAt, string IngestedAt, int SentenceCount, int ClaimCount);

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
    int? ObjectEnd);

public sealed record LinkRecord(long Id, string DocumentId, string Kind, long FromSentenceId, int FromStart, int FromEnd, long ToSentenceId, int ToStart, int ToEnd, string FromText, string ToText, string Cue);

public sealed record RelationRecord(string SourceId, string TargetId, string Predicate, bool Negated, int Claims, double Cooperation, double Conflict, int? FirstYear, int? LastYear);

public sealed record NetworkRecord(IReadOnlyList<ActorRecord> Nodes, IReadOnlyList<RelationRecord> Edges);

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
