using ClaimGraph.Api.GraphQL.Loading;
using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class PathGraphType : ObjectGraphType<PathRecord>
{
    public PathGraphType()
    {
        Name = "Path";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorGraphType>>>>("actors").Resolve(c => c.Source.Actors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathStepGraphType>>>>("steps").Resolve(c => c.Source.Steps);
        Field<NonNullGraphType<IntGraphType>>("hops").Resolve(c => c.Source.Steps.Count);
    }
}

public sealed class PathStepGraphType : ObjectGraphType<PathStep>
{
    public PathStepGraphType()
    {
        Name = "PathStep";
        Field<NonNullGraphType<ActorGraphType>>("source").Resolve(c => c.Loaders().Actors.Load(c.Source.FromId));
        Field<NonNullGraphType<ActorGraphType>>("target").Resolve(c => c.Loaders().Actors.Load(c.Source.ToId));
        Field<NonNullGraphType<PredicateGraphType>>("predicate").Resolve(c => c.Source.Predicate);
        Field<NonNullGraphType<IntGraphType>>("claims").Resolve(c => c.Source.Claims);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimGraphType>>>>("evidence")
            .Resolve(c => c.Source.EvidenceClaimIds.Select(id => c.Loaders().Claims.Load(id)).ToList());
    }
}
