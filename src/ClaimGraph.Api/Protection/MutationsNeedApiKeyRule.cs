using GraphQL.Validation;
using GraphQLParser.AST;

namespace ClaimGraph.Api.Protection;

/// <summary>When an API key is configured, a mutation runs only for a request that presented it.</summary>
public sealed class MutationsNeedApiKeyRule : ValidationRuleBase
{
    public static readonly MutationsNeedApiKeyRule Instance = new();

    private static readonly MatchingNodeVisitor<GraphQLOperationDefinition> s_visitor = new((operation, context) =>
    {
        if (operation != context.Operation || operation.Operation != OperationType.Mutation) return;
        if (context.User?.Identity?.IsAuthenticated == true) return;
        context.ReportError(new ValidationError("mutations need the API key: send it as Authorization: Bearer KEY or X-Api-Key: KEY")
        {
            Code = ApiErrorCodes.Unauthenticated,
        });
    });

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) => new(s_visitor);
}
