using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class PredicateCountGraphType : ObjectGraphType<RelationRecord>
{
    public PredicateCountGraphType()
    {
        Name = "PredicateCount";
        Field<NonNullGraphType<PredicateGraphType>>("predicate").Resolve(c => c.Source.Predicate);
        Field<NonNullGraphType<BooleanGraphType>>("negated").Resolve(c => c.Source.Negated);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Claims);
    }
}
