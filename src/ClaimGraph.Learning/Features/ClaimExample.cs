using Microsoft.ML.Data;

namespace ClaimGraph.Learning.Features;

/// <summary>One claim candidate as the classifier sees it. Label is CLAIM (it says what its cue says) or NONE.</summary>
public sealed class ClaimExample
{
    private string _label = Labels.None;

    [NoColumn]
    public string Label
    {
        get => _label;
        set
        {
            _label = value;
            IsClaim = value == Labels.Claim;
        }
    }

    /// <summary>What the binary classifier learns: the label as a boolean.</summary>
    [ColumnName("Label")]
    public bool IsClaim { get; set; }

    /// <summary>The span from subject to object with the names replaced by their roles (Ⓢ, Ⓞ) and types.</summary>
    public string Window { get; set; } = "";

    /// <summary>The cue's clause, names replaced the same way.</summary>
    public string Clause { get; set; } = "";

    /// <summary>From the subject to the cue, and from the cue to the object, names replaced.</summary>
    public string Left { get; set; } = "";
    public string Right { get; set; } = "";

    /// <summary>The character before the object (对, 与, 从 …) or NONE.</summary>
    public string ObjectMarker { get; set; } = "";

    public string Cue { get; set; } = "";
    public string CuePredicate { get; set; } = "";
    public string SubjectType { get; set; } = "";
    public string ObjectType { get; set; } = "";

    /// <summary>Order of subject, cue and object ("S·C·O", "S·O·C", "S·C").</summary>
    public string Shape { get; set; } = "";

    [VectorType(NumericFeature.Count)]
    public float[] Numbers { get; set; } = new float[NumericFeature.Count];
}

/// <summary>The numeric features, by position.</summary>
public static class NumericFeature
{
    public const int Count = 17;
    public const int SubjectGap = 0, ObjectGap = 1, IsPrimary = 2, ObjectMarked = 3, SubjectIsTopic = 4, SubjectIsSpeaker = 5, Negated = 6, SubjectInClause = 7, MentionCount = 8, Modal = 9;

    /// <summary>Structure around the pairing: names in between, possessives, how many clauses away.</summary>
    public const int ActorsBeforeCue = 10, ActorsBeforeObject = 11, SubjectPossessive = 12, ObjectPossessive = 13, SubjectMarked = 14, SubjectClauses = 15, ObjectClauses = 16;
}

public static class Labels
{
    public const string None = "NONE";

    /// <summary>The candidate is a claim with its cue's predicate.</summary>
    public const string Claim = "CLAIM";

    /// <summary>A candidate's label given the predicate gold (or an analyst) assigns its subject and object, if any.</summary>
    public static string For(string? predicate, string cuePredicate) => predicate == cuePredicate ? Claim : None;
}
