using GraphQL.Validation;
using GraphQLParser.AST;

namespace ClaimGraph.Api.Protection;

/// <summary>Refuses a document with more aliased fields than allowed: aliases repeat one expensive field many times.</summary>
public sealed class AliasLimitRule(int maxAliases) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var count = 0;
        return new(new MatchingNodeVisitor<GraphQLField>((field, ctx) =>
        {
            if (field.Alias is null || ++count != maxAliases + 1) return;
            ctx.ReportError(new ValidationError($"the query has more than {maxAliases} aliased fields") { Code = ApiErrorCodes.TooManyAliases });
        }));
    }
}
