using ClaimGraph.Api.GraphQL.Loading;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

/// <summary>An actor–policy stance: seen from an actor it names the policy, seen from a policy the actor.</summary>
public sealed class PolicyStanceGraphType : ObjectGraphType<PolicyStance>
{
    public PolicyStanceGraphType()
    {
        Name = "Stance";
        Field<NonNullGraphType<ActorGraphType>>("other").Description("The policy (from an actor) or the actor (from a policy).").Resolve(c => c.Loaders().Actors.Load(c.Source.OtherId));
        Field<NonNullGraphType<PredicateGraphType>>("stance").Resolve(c => c.Source.Predicate);
        Field<NonNullGraphType<IntGraphType>>("claims").Resolve(c => c.Source.Claims);
        Field<IntGraphType>("firstYear").Resolve(c => c.Source.FirstYear);
        Field<IntGraphType>("lastYear").Resolve(c => c.Source.LastYear);
    }
}
