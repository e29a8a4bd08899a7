using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class ClaimTimeGraphType : ObjectGraphType<ClaimTimeRecord>
{
    public ClaimTimeGraphType()
    {
        Name = "ClaimTime";
        Description = "The time a claim speaks of: a date its sentence names (relative ones read against the document date), else the document date.";
        Field<NonNullGraphType<StringGraphType>>("value").Description("2017-12-05, 2017-12 or 2017.").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<DatePrecisionGraphType>>("precision").Resolve(c => c.Source.Precision);
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<StringGraphType>>("source").Description("SENTENCE, RELATIVE (今年, 去年, 12月12日) or DOCUMENT.").Resolve(c => c.Source.Source);
        Field<StringGraphType>("expression").Description("The words that gave it, when the sentence did.").Resolve(c => c.Source.Expression);
    }
}
