using ClaimGraph.Core.Actors;
using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

/// <summary>Nodes and weighted edges for drawing an alliance and rivalry network.</summary>
public sealed class NetworkGraphType : ObjectGraphType<NetworkRecord>
{
    public NetworkGraphType(IActorDirectory directory)
    {
        Name = "Network";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkNodeGraphType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkEdgeGraphType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkLinkGraphType>>>>("links")
            .Description("Administration links among the nodes (ADMINISTRATION_OF, LED_BY with dates), computed from the gazetteer and offices.json, not from claims.")
            .Resolve(c => NetworkLinkGraphType.Among(c.Source.Nodes, directory));
        Field<NonNullGraphType<IntGraphType>>("totalNodes").Description("Nodes the network has before the cut to `first`.").Resolve(c => c.Source.TotalNodes);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("Whether nodes were cut (totalNodes is more than the nodes listed).").Resolve(c => c.Source.Truncated);
    }
}

public sealed class NetworkNodeGraphType : ObjectGraphType<ActorRecord>
{
    public NetworkNodeGraphType()
    {
        Name = "NetworkNode";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<EntityTypeGraphType>>("type").Resolve(c => c.Source.Type);
        Field<StringGraphType>("englishName").Resolve(c => c.Source.English);
        Field<NonNullGraphType<IntGraphType>>("claims").Resolve(c => c.Source.ClaimCount);
    }
}

public sealed class NetworkEdgeGraphType : ObjectGraphType<RelationRecord>
{
    public NetworkEdgeGraphType()
    {
        Name = "NetworkEdge";
        Field<NonNullGraphType<IdGraphType>>("source").Resolve(c => c.Source.SourceId);
        Field<NonNullGraphType<IdGraphType>>("target").Resolve(c => c.Source.TargetId);
        Field<NonNullGraphType<PredicateGraphType>>("predicate").Resolve(c => c.Source.Predicate);
        Field<NonNullGraphType<BooleanGraphType>>("negated").Resolve(c => c.Source.Negated);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Claims);
        Field<NonNullGraphType<FloatGraphType>>("cooperation").Resolve(c => c.Source.Cooperation);
        Field<NonNullGraphType<FloatGraphType>>("conflict").Resolve(c => c.Source.Conflict);
        Field<IntGraphType>("firstYear").Resolve(c => c.Source.FirstYear);
        Field<IntGraphType>("lastYear").Resolve(c => c.Source.LastYear);
    }
}
