using GraphQLParser;
using GraphQLParser.AST;
using GraphQLParser.Exceptions;

namespace ClaimGraph.Api.Http;

/// <summary>Whether the operation a request would run is a mutation (GET must not run one).</summary>
public static class OperationKind
{
    public static bool IsMutation(string query, string? operationName)
    {
        try
        {
            var document = Parser.Parse(query);
            var operations = document.Definitions.OfType<GraphQLOperationDefinition>().ToList();
            var chosen = operationName is null ? operations.FirstOrDefault() : operations.FirstOrDefault(o => o.Name?.StringValue == operationName);
            return chosen?.Operation == OperationType.Mutation;
        }
        catch (GraphQLSyntaxErrorException)
        {
            return false; // the executer reports the syntax error
        }
    }
}
