namespace ClaimGraph.Learning.Evaluation;

/// <summary>Everything `claimgraph eval` reports, as one object (printed as tables or as JSON).</summary>
public sealed record EvaluationReport
{
    public required int Sentences { get; init; }
    public required PrF1 Entities { get; init; }
    public required IReadOnlyDictionary<string, PrF1> EntitiesByType { get; init; }
    public required PrF1 ClaimsRelaxed { get; init; }
    public required PrF1 ClaimsStrict { get; init; }
    public required IReadOnlyDictionary<string, PrF1> ClaimsByPredicate { get; init; }

    /// <summary>Of the claims matched relaxed, how many have the gold negation and modality.</summary>
    public required double NegationAccuracy { get; init; }
    public required double ModalityAccuracy { get; init; }
    public required int MatchedClaims { get; init; }

    /// <summary>Gold predicate → predicted predicate → count, over claims paired by subject and object ("NONE" when unpaired).</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Confusion { get; init; }

    public required IReadOnlyList<SentenceErrors> Errors { get; init; }
}

/// <summary>What went wrong in one sentence: missed and spurious items, for error analysis.</summary>
public sealed record SentenceErrors(string Id, string Text, IReadOnlyList<string> MissedEntities, IReadOnlyList<string> SpuriousEntities, IReadOnlyList<string> MissedClaims, IReadOnlyList<string> SpuriousClaims);
