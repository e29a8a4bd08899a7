using ClaimGraph.Api.GraphQL.Loading;
using ClaimGraph.Api.GraphQL.Types;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;
using GraphQL;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL;

/// <summary>The analyst's entry points into the graph.</summary>
public sealed class QueryGraphType : ObjectGraphType
{
    public const int MaxSearchResults = 100;

    public QueryGraphType()
    {
        Name = "Query";
        Field<NonNullGraphType<ActorConnectionGraphType>>("actors")
            .Description("Actors and policies, by type and by a substring of any of their names.")
            .Argument<EntityTypeGraphType>("type")
            .Argument<StringGraphType>("search")
            .PageArguments()
            .ResolveAsync(async c => Connections.Of(await c.Loaders().Store.ActorsAsync(
                new ActorFilter(c.GetArgument<string?>("type"), c.GetArgument<string?>("search")), c.PageOf(), c.CancellationToken), a => a.Id));
        Field<ActorGraphType>("actor")
            .Description("One actor by id, or by any of its names (美国, 美方, 华盛顿, United States).")
            .Argument<IdGraphType>("id")
            .Argument<StringGraphType>("name")
            .ResolveAsync(async c => await c.Loaders().Store.FindActorAsync(OneOf(c, "id", "name"), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PolicyGraphType>>>>("policies")
            .Argument<StringGraphType>("search")
            .Argument<IntGraphType>("first")
            .ResolveAsync(async c => (await c.Loaders().Store.ActorsAsync(new ActorFilter("POLICY", c.GetArgument<string?>("search")), c.PageOf(), c.CancellationToken)).Items);
        Field<PolicyGraphType>("policy")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .ResolveAsync(async c => await c.Loaders().Store.FindActorAsync(c.GetArgument<string>("name"), c.CancellationToken) is { Type: "POLICY" } p ? p : null);
        Field<NonNullGraphType<ClaimConnectionGraphType>>("claims")
            .Description("Claims filtered by subject, object or source (id or any name), predicate, modality, negation, document, or a substring of the sentence.")
            .Argument<StringGraphType>("subject")
            .Argument<StringGraphType>("object")
            .Argument<StringGraphType>("source")
            .Argument<PredicateGraphType>("predicate")
            .Argument<ModalityGraphType>("modality")
            .Argument<BooleanGraphType>("negated")
            .Argument<IdGraphType>("document")
            .Argument<StringGraphType>("text")
            .Argument<IntGraphType>("from", "Earliest year of the claim's time (claims with no time are left out).")
            .Argument<IntGraphType>("to", "Latest year of the claim's time (claims with no time are left out).")
            .PageArguments()
            .ResolveAsync(async c => Connections.Of(await c.Loaders().Store.ClaimsAsync(new ClaimFilter
            {
                Subject = c.GetArgument<string?>("subject"),
                Object = c.GetArgument<string?>("object"),
                Source = c.GetArgument<string?>("source"),
                Predicate = c.GetArgument<string?>("predicate"),
                Modality = c.GetArgument<string?>("modality"),
                Negated = c.GetArgument<bool?>("negated"),
                DocumentId = c.GetArgument<string?>("document"),
                Text = c.GetArgument<string?>("text"),
                FromYear = YearRange.Of(c).From,
                ToYear = YearRange.Of(c).To,
            }, c.PageOf(), c.CancellationToken), x => x.Id.ToString()));
        Field<ClaimGraphType>("claim")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => long.TryParse(c.GetArgument<string>("id"), out var id) ? c.Loaders().Claims.Load(id) : null);
        Field<NonNullGraphType<DocumentConnectionGraphType>>("documents")
            .PageArguments()
            .ResolveAsync(async c => Connections.Of(await c.Loaders().Store.DocumentsAsync(c.PageOf(), c.CancellationToken), d => d.Name));
        Field<DocumentGraphType>("document")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Documents.Load(c.GetArgument<string>("id")));
        Field<NonNullGraphType<NetworkGraphType>>("network")
            .Description("The actor network around some actors (or the strongest relations overall), for dashboards. Edges are counted from the claims that pass the modality, year and document filters. " +
                $"At most `first` nodes (default {NetworkBuilder.DefaultFirst}, at most {NetworkBuilder.MaxFirst}): the start actors always, then hop by hop the nodes whose edges to the nodes kept at the hop before carry the most claims " +
                "(ties: the smaller id), until `first` are kept; a node reached only through a cut node is cut. Edges join kept nodes only; `totalNodes` and `truncated` say what was cut. " +
                "With no start actors, the nodes of the strongest relations overall ranked by the claims of their edges.")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("actors", "Actor ids or names to start from; none: the whole graph's strongest relations.")
            .Argument<IntGraphType>("depth", "Hops from the given actors, 1 to 3 (default 1).")
            .Argument<ListGraphType<NonNullGraphType<PredicateGraphType>>>("predicates")
            .Argument<FloatGraphType>("minWeight", "Minimum number of claims behind an edge (default 1).")
            .Argument<BooleanGraphType>("includeNegated", "Also draw edges from denied claims (default false).")
            .Argument<ListGraphType<NonNullGraphType<ModalityGraphType>>>("modalities", "Only claims of these modalities (none listed: all).")
            .Argument<IntGraphType>("from", "Only claims whose time is in this year or a later one.")
            .Argument<IntGraphType>("to", "Only claims whose time is in this year or an earlier one.")
            .Argument<IdGraphType>("document", "Only claims of this document.")
            .Argument<IntGraphType>("first", $"At most this many nodes, 1 to {NetworkBuilder.MaxFirst} (default {NetworkBuilder.DefaultFirst}).")
            .ResolveAsync(async c => await new NetworkBuilder(c.Loaders().Store).BuildAsync(new NetworkQuery(
                c.GetArgument<List<string>?>("actors") ?? [],
                c.GetArgument("depth", 1),
                c.GetArgument<List<string>?>("predicates") ?? [],
                c.GetArgument("minWeight", 1.0),
                c.GetArgument("first", NetworkBuilder.DefaultFirst))
            {
                IncludeNegated = c.GetArgument("includeNegated", false),
                Claims = new ClaimSlice
                {
                    Modalities = c.GetArgument<List<string>?>("modalities") ?? [],
                    FromYear = YearRange.Of(c).From,
                    ToYear = YearRange.Of(c).To,
                    DocumentId = c.GetArgument<string?>("document"),
                },
            }, c.CancellationToken));
        Field<PathGraphType>("path")
            .Description("The shortest chain of relations between two actors, with the claims behind each step.")
            .Argument<NonNullGraphType<StringGraphType>>("from")
            .Argument<NonNullGraphType<StringGraphType>>("to")
            .Argument<IntGraphType>("maxHops", "At most 6 (default 4).")
            .ResolveAsync(async c => await new PathFinder(c.Loaders().Store).FindAsync(c.GetArgument<string>("from"), c.GetArgument<string>("to"), c.GetArgument("maxHops", 4), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitGraphType>>>>("search")
            .Description("Sentences containing the text (full-text, works on Chinese), with their claims.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<IntGraphType>("first", $"At most {MaxSearchResults} (default 20).")
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("text").Trim();
                if (text.Length == 0) throw new ExecutionError("search text is empty") { Code = ErrorCodes.BadInput };
                return await c.Loaders().Store.SearchAsync(text, c.PageOf().First, c.CancellationToken);
            });
        Field<NonNullGraphType<StatsGraphType>>("stats").ResolveAsync(async c => await c.Loaders().Store.StatsAsync(c.CancellationToken));
    }

    private static string OneOf(IResolveFieldContext c, string a, string b) =>
        c.GetArgument<string?>(a) ?? c.GetArgument<string?>(b) ?? throw new ExecutionError($"give either {a} or {b}") { Code = ErrorCodes.BadInput };
}
