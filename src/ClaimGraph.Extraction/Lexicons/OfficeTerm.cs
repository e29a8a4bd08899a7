namespace ClaimGraph.Extraction.Lexicons;

/// <summary>One holder's time in an office: from (inclusive) to (exclusive; null while in office).</summary>
public sealed record OfficeTerm(string Holder, DateOnly From, DateOnly? To, string? Qid, bool Acting)
{
    /// <summary>What the data says about this term beyond its dates (a chair that took another state's turn).</summary>
    public string? Note { get; init; }

    /// <summary>Days of [start, end) this term covers.</summary>
    public int DaysWithin(DateOnly start, DateOnly end)
    {
        var from = From > start ? From : start;
        var to = To is { } t && t < end ? t : end;
        return Math.Max(0, to.DayNumber - from.DayNumber);
    }
}
