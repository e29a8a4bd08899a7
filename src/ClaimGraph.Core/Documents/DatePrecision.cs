namespace ClaimGraph.Core.Documents;

/// <summary>How much of a date is known: the day, only the month, or only the year.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
}
