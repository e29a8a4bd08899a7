using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class DatePrecisionGraphType : EnumerationGraphType
{
    public DatePrecisionGraphType()
    {
        Name = "DatePrecision";
        Description = "How much of a date is known: the day, the month or only the year.";
        Add("DAY", "DAY");
        Add("MONTH", "MONTH");
        Add("YEAR", "YEAR");
    }
}
