using GraphQL;
using GraphQL.DI;
using GraphQL.Execution;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;
using GraphQL.Validation.Rules.Custom;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Api.Protection;

/// <summary>
/// The limits on what one GraphQL request may ask for: depth and complexity (graphql-dotnet's complexity analyzer),
/// aliases, execution time, introspection, and the API key for mutations. Each refusal is an error with a code.
/// </summary>
public static class GraphQLLimits
{
    public static IGraphQLBuilder AddGraphQLLimits(this IGraphQLBuilder builder) => builder
        .AddComplexityAnalyzer((complexity, services) =>
        {
            var limits = services.GetRequiredService<IOptions<ApiOptions>>().Value;
            // The limits are checked here rather than through MaxDepth/MaxComplexity, so each refusal gets its own code.
            complexity.ValidateComplexityDelegate = context =>
            {
                // A schema-only query (GraphiQL's) has limits of its own: it nests deeper than any query over the graph.
                var schemaOnly = IsIntrospectionOnly(context.ValidationContext);
                var maxDepth = schemaOnly ? limits.MaxIntrospectionDepth : limits.MaxDepth;
                var maxComplexity = schemaOnly ? limits.MaxIntrospectionComplexity : limits.MaxComplexity;
                context.Error = context.MaxDepth > maxDepth
                    ? new ValidationError($"the query is nested {context.MaxDepth} levels deep; the limit is {maxDepth}") { Code = ApiErrorCodes.QueryTooDeep }
                    : context.TotalImpact > maxComplexity
                        ? new ValidationError($"the query has complexity {context.TotalImpact:0}; the limit is {maxComplexity} (each field counts once per item of every list above it: ask for smaller pages)") { Code = ApiErrorCodes.QueryTooComplex }
                        : null;
                return Task.CompletedTask;
            };
        })
        .AddValidationRule(services => new AliasLimitRule(services.GetRequiredService<IOptions<ApiOptions>>().Value.MaxAliases))
        .ConfigureExecutionOptions(options =>
        {
            var services = options.RequestServices ?? throw new InvalidOperationException("GraphQL requests run with request services");
            var limits = services.GetRequiredService<IOptions<ApiOptions>>().Value;
            options.Timeout = limits.ExecutionTimeout;
            options.TimeoutAction = TimeoutAction.ReturnTimeoutError;
            options.User = services.GetService<IHttpContextAccessor>()?.HttpContext?.User;
            var rules = (options.ValidationRules ?? DocumentValidator.CoreRules).ToList();
            if (!limits.Introspection) rules.Add(NoIntrospectionValidationRule.Instance);
            if (!string.IsNullOrEmpty(limits.ApiKey)) rules.Add(MutationsNeedApiKeyRule.Instance);
            options.ValidationRules = rules;
        })
        .ConfigureExecution(async (options, next) => (await next(options)).WithLimitCodes());

    private static bool IsIntrospectionOnly(ValidationContext context) =>
        context.Operation.SelectionSet.Selections.All(s => s is GraphQLParser.AST.GraphQLField field && field.Name.Value.Span.StartsWith("__"));

    /// <summary>graphql-dotnet's own errors for these limits, given the codes this API documents.</summary>
    public static ExecutionResult WithLimitCodes(this ExecutionResult result)
    {
        foreach (var error in result.Errors ?? [])
        {
            if (error is TimeoutError) error.Code = ApiErrorCodes.Timeout;
            else if (error is NoIntrospectionError) error.Code = ApiErrorCodes.IntrospectionDisabled;
        }
        return result;
    }
}
