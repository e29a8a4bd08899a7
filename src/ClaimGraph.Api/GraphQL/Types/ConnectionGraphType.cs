using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

/// <summary>A cursor connection: edges with cursors, the nodes alone, page info and the total count.</summary>
public abstract class ConnectionGraphType<TNodeType, T> : ObjectGraphType<ConnectionPage<T>>
    where TNodeType : IGraphType
{
    protected ConnectionGraphType(string nodeName)
    {
        Name = $"{nodeName}Connection";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(c => c.Source.Edges.Select(e => e.Node));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EdgeGraphType<TNodeType, T>>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<PageInfoGraphType>>("pageInfo").Resolve(c => c.Source);
    }
}

public sealed class EdgeGraphType<TNodeType, T> : ObjectGraphType<ConnectionEdge<T>>
    where TNodeType : IGraphType
{
    public EdgeGraphType()
    {
        Name = $"{typeof(T).Name.Replace("Record", "", StringComparison.Ordinal)}Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Node);
    }
}

public sealed class PageInfoGraphType : ObjectGraphType<IPageInfo>
{
    public PageInfoGraphType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.EndCursor);
    }
}
