using ClaimGraph.Api.GraphQL.Loading;
using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class ActorRelationGraphType : ObjectGraphType<ActorRelation>
{
    public ActorRelationGraphType()
    {
        Name = "ActorRelation";
        Field<NonNullGraphType<ActorGraphType>>("other").Resolve(c => c.Source.Other is { } other ? other : c.Loaders().Actors.Load(c.Source.OtherId));
        Field<NonNullGraphType<StringGraphType>>("direction").Description("OUTGOING: this actor is the subject; INCOMING: the object.").Resolve(c => c.Source.Direction);
        Field<NonNullGraphType<IntGraphType>>("claims").Resolve(c => c.Source.Claims);
        Field<NonNullGraphType<FloatGraphType>>("cooperation").Resolve(c => c.Source.Cooperation);
        Field<NonNullGraphType<FloatGraphType>>("conflict").Resolve(c => c.Source.Conflict);
        Field<IntGraphType>("firstYear").Resolve(c => c.Source.FirstYear);
        Field<IntGraphType>("lastYear").Resolve(c => c.Source.LastYear);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PredicateCountGraphType>>>>("byPredicate").Resolve(c => c.Source.Rows is { } rows
            ? rows
            : c.Loaders().Relations.Load(c.Source.ActorId).Map(all => (IReadOnlyList<RelationRecord>)(all ?? []).Where(c.Source.Holds).ToList()));
    }
}
