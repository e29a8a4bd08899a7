using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class MergeGraphType : ObjectGraphType<MergeRecord>
{
    public MergeGraphType()
    {
        Name = "Merge";
        Description = "A name an actor goes by and the rule that tied it to the actor.";
        Field<NonNullGraphType<StringGraphType>>("surface").Resolve(c => c.Source.Surface);
        Field<NonNullGraphType<StringGraphType>>("rule").Description("rule:… or model:…@version for a recognized name; office-holder:OFFICE for a title read by date.").Resolve(c => c.Source.Rule);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}
