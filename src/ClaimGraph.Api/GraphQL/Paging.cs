using ClaimGraph.Storage.Records;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL;

/// <summary>The first/after arguments of a connection, checked against the page-size cap.</summary>
public static class Paging
{
    public static FieldBuilder<TSource, object> PageArguments<TSource>(this FieldBuilder<TSource, object> field) =>
        field
            .Argument<IntGraphType>("first", $"How many items (at most {PageRequest.MaxPageSize}; default {PageRequest.DefaultPageSize}).")
            .Argument<StringGraphType>("after", "The endCursor of the previous page.");

    public static PageRequest PageOf(this IResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? PageRequest.DefaultPageSize;
        if (first is < 0 or > PageRequest.MaxPageSize)
            throw new ExecutionError($"first must be between 0 and {PageRequest.MaxPageSize}; it was {first}") { Code = ErrorCodes.PageSize };
        return new PageRequest(first, context.GetArgument<string?>("after"));
    }
}
