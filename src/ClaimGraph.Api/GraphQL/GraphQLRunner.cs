using ClaimGraph.Api.GraphQL.Loading;
using ClaimGraph.Core.Input;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Storage;
using GraphQL;
using GraphQL.Execution;
using Microsoft.Extensions.Logging;

namespace ClaimGraph.Api.GraphQL;

/// <summary>Executes one GraphQL request against the store, mapping failures to errors with a code.</summary>
public sealed class GraphQLRunner(IDocumentExecuter<ClaimGraphSchema> executer, IGraphStore store, IServiceProvider services, ILogger<GraphQLRunner>? logger = null)
{
    public Task<ExecutionResult> RunAsync(string query, Inputs? variables, string? operationName, CancellationToken cancellationToken) =>
        executer.ExecuteAsync(options =>
        {
            options.Query = query;
            options.Variables = variables;
            options.OperationName = operationName;
            options.UserContext = new RequestContext(new RequestLoaders(store));
            options.RequestServices = services;
            options.CancellationToken = cancellationToken;
            options.ThrowOnUnhandledException = false;
            options.UnhandledExceptionDelegate = context =>
            {
                context.Exception = ToExecutionError(context.OriginalException);
                if (context.Exception is ExecutionError { Code: ErrorCodes.Internal })
                    logger?.LogError(context.OriginalException, "GraphQL request failed: {Message}", context.OriginalException.Message);
                return Task.CompletedTask;
            };
        });

    public static ExecutionError ToExecutionError(Exception exception) => exception switch
    {
        ExecutionError e => e,
        InvalidDocumentException e => new ExecutionError(e.Message) { Code = ErrorCodes.InvalidDocument },
        StageFailedException { InnerException: InvalidDocumentException e } => new ExecutionError(e.Message) { Code = ErrorCodes.InvalidDocument },
        KeyNotFoundException e => new ExecutionError(e.Message) { Code = ErrorCodes.NotFound },
        InvalidCursorException e => new ExecutionError(e.Message) { Code = ErrorCodes.InvalidCursor },
        ArgumentException e => new ExecutionError(e.Message) { Code = ErrorCodes.BadInput },
        FormatException e => new ExecutionError(e.Message) { Code = ErrorCodes.BadInput },
        StoreUnavailableException e => new ExecutionError(e.Message) { Code = ErrorCodes.StoreUnavailable },
        _ => new ExecutionError("internal error; see the server log") { Code = ErrorCodes.Internal },
    };
}
