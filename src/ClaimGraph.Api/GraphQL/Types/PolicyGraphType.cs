using ClaimGraph.Api.GraphQL.Loading;
using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

/// <summary>A named policy with the actors that support, oppose, continue or change it.</summary>
public sealed class PolicyGraphType : ObjectGraphType<ActorRecord>
{
    public PolicyGraphType()
    {
        Name = "Policy";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("englishName").Resolve(c => c.Source.English);
        Field<StringGraphType>("qid").Resolve(c => c.Source.Qid);
        Field<NonNullGraphType<IntGraphType>>("claimCount").Resolve(c => c.Source.ClaimCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AliasGraphType>>>>("aliases").Resolve(c => c.Loaders().Aliases.Load(c.Source.Id));
        StanceField("supporters", "SUPPORTS");
        StanceField("opponents", "OPPOSES");
        StanceField("continuations", "CONTINUES");
        StanceField("changes", "CHANGES");
        Field<NonNullGraphType<ActorGraphType>>("asActor").Description("The same node seen as an actor (claims, relations).").Resolve(c => c.Source);
    }

    private void StanceField(string name, string predicate) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PolicyStanceGraphType>>>>(name)
            .Description($"Actors with asserted (not denied) {predicate} claims toward this policy, most claims first.")
            .Resolve(c => c.Loaders().Relations.Load(c.Source.Id).Map(rows =>
                (rows ?? []).Where(r => r.TargetId == c.Source.Id && r.Predicate == predicate && !r.Negated)
                    .OrderByDescending(r => r.Claims)
                    .Select(r => new PolicyStance(r.SourceId, r.Predicate, r.Claims, r.FirstYear, r.LastYear)).ToList()));
}
