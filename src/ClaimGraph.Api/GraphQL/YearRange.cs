using GraphQL;

namespace ClaimGraph.Api.GraphQL;

/// <summary>The from/to year arguments that slice claims by their time, checked once for every field that takes them.</summary>
public static class YearRange
{
    public static (int? From, int? To) Of(IResolveFieldContext c)
    {
        var (from, to) = (c.GetArgument<int?>("from"), c.GetArgument<int?>("to"));
        if (from > to) throw new ExecutionError($"from ({from}) is after to ({to})") { Code = ErrorCodes.BadInput };
        return (from, to);
    }
}
