using ClaimGraph.Api.GraphQL.Loading;
using ClaimGraph.Core.Actors;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;
using GraphQL;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

/// <summary>A canonical actor (or policy) node: its names, its claims, its relations and its stances on policies.</summary>
public sealed class ActorGraphType : ObjectGraphType<ActorRecord>
{
    public ActorGraphType(IActorDirectory directory)
    {
        Name = "Actor";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Canonical Chinese name.").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<EntityTypeGraphType>>("type").Resolve(c => c.Source.Type);
        Field<StringGraphType>("englishName").Resolve(c => c.Source.English);
        Field<StringGraphType>("qid").Description("Wikidata QID.").Resolve(c => c.Source.Qid);
        Field<NonNullGraphType<IntGraphType>>("mentionCount").Resolve(c => c.Source.MentionCount);
        Field<NonNullGraphType<IntGraphType>>("claimCount").Resolve(c => c.Source.ClaimCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AliasGraphType>>>>("aliases")
            .Description("Every surface form seen for this actor, with how often.")
            .Resolve(c => c.Loaders().Aliases.Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MergeGraphType>>>>("mergedFrom")
            .Description("Why these names are this actor: each surface with the rule that tied it here (a recognizer, or office-holder for a title read by date).")
            .Resolve(c => c.Loaders().MergedFrom.Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TimelinePointGraphType>>>>("timeline")
            .Description("Per year of claim time: claims in which the actor is subject or object, and their summed weights.")
            .Resolve(c => c.Loaders().Timeline.Load(c.Source.Id));
        Field<ActorGraphType>("administrationOf")
            .Description("For an administration (拜登政府, 日本政府): the state it governs (ADMINISTRATION_OF), from the gazetteer.")
            .Resolve(c => directory.Administration(c.Source.Id)?.Country is { } country ? ReferenceActors.Load(c, country) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LeadershipGraphType>>>>("ledBy")
            .Description("For an administration named after its leader: the leader and the leader's terms heading that state's government (LED_BY), from the gazetteer and offices.json.")
            .Resolve(c => directory.Administration(c.Source.Id)?.LedBy ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorGraphType>>>>("administrations")
            .Description("For a leader or a state: the administrations the gazetteer names after the leader or of the state.")
            .Resolve(c => ReferenceActors.LoadAll(c, directory.AdministrationsOf(c.Source.Id)));
        Field<NonNullGraphType<ClaimConnectionGraphType>>("claims")
            .Argument<ClaimRoleGraphType>("role", "Only claims where the actor has this role.")
            .Argument<PredicateGraphType>("predicate")
            .Argument<ModalityGraphType>("modality")
            .PageArguments()
            .ResolveAsync(async c =>
            {
                var filter = new ClaimFilter
                {
                    ActorId = c.Source.Id,
                    Role = c.GetArgument<ClaimRole?>("role"),
                    Predicate = c.GetArgument<string?>("predicate"),
                    Modality = c.GetArgument<string?>("modality"),
                };
                return Connections.Of(await c.Loaders().Store.ClaimsAsync(filter, c.PageOf(), c.CancellationToken), x => x.Id.ToString());
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActorRelationGraphType>>>>("relations")
            .Description("Relations with other actors, both directions, strongest first.")
            .Argument<IntGraphType>("minClaims", "Only relations resting on at least this many claims (default 1).")
            .Argument<IntGraphType>("from", "Count only claims whose time is in this year or later (counted afresh, not batched).")
            .Argument<IntGraphType>("to", "Count only claims whose time is in this year or earlier.")
            .Resolve(c =>
            {
                var minClaims = c.GetArgument("minClaims", 1);
                IReadOnlyList<ActorRelation> WithoutPolicies(IEnumerable<ActorRelation> relations) =>
                    relations.Where(r => !r.OtherId.StartsWith("POLICY:", StringComparison.Ordinal)).ToList();
                var (from, to) = YearRange.Of(c);
                // All claims: the sums the store keeps per partner. A year range: counted afresh from that slice's rows.
                if (from is null && to is null)
                    return c.Loaders().Partners.Load((c.Source.Id, minClaims)).Map(partners => WithoutPolicies(ActorRelation.Ranked((partners ?? []).Select(ActorRelation.From))));
                var slice = new ClaimSlice { FromYear = from, ToYear = to };
                return LoaderResults.FromTask(async ct => WithoutPolicies(ActorRelation.Of(c.Source.Id, await c.Loaders().Store.RelationsAsync([c.Source.Id], 1, slice, ct), minClaims)));
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PolicyStanceGraphType>>>>("policies")
            .Description("Policies this actor supports, opposes, continues or changes.")
            .Resolve(c => c.Loaders().Relations.Load(c.Source.Id).Map(rows =>
                (rows ?? []).Where(r => r.SourceId == c.Source.Id && r.TargetId.StartsWith("POLICY:", StringComparison.Ordinal) && !r.Negated)
                    .Select(r => new PolicyStance(r.TargetId, r.Predicate, r.Claims, r.FirstYear, r.LastYear)).ToList()));
    }
}
