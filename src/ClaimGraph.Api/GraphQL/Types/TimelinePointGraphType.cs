using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class TimelinePointGraphType : ObjectGraphType<TimelineRecord>
{
    public TimelinePointGraphType()
    {
        Name = "TimelinePoint";
        Description = "An actor's claims in one year of claim time.";
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<IntGraphType>>("claims").Resolve(c => c.Source.Claims);
        Field<NonNullGraphType<FloatGraphType>>("cooperation").Resolve(c => c.Source.Cooperation);
        Field<NonNullGraphType<FloatGraphType>>("conflict").Resolve(c => c.Source.Conflict);
    }
}
