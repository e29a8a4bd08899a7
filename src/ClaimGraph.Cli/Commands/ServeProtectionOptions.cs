using System.CommandLine;
using ClaimGraph.Api.Protection;

namespace ClaimGraph.Cli.Commands;

/// <summary>serve's options for the public endpoint: the API key that mutations need, and introspection.</summary>
public sealed class ServeProtectionOptions
{
    public const string ApiKeyVariable = "CLAIMGRAPH_API_KEY";

    private readonly Option<string?> _apiKey = new("--api-key")
    {
        Description = $"Key that ingestDocument, deleteDocument and reviewClaim need (Authorization: Bearer or X-Api-Key); default: ${ApiKeyVariable}. Required to listen on a non-loopback address.",
    };

    private readonly Option<bool> _noIntrospection = new("--no-introspection")
    {
        Description = "Refuse introspection queries (__schema, __type).",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(_apiKey);
        command.Options.Add(_noIntrospection);
    }

    /// <summary>The key from the option or else the environment (read here, so help never prints it).</summary>
    public string? ApiKey(ParseResult parse) =>
        parse.GetValue(_apiKey) is { Length: > 0 } key ? key : Environment.GetEnvironmentVariable(ApiKeyVariable) is { Length: > 0 } env ? env : null;

    public Action<ApiOptions> Configure(ParseResult parse)
    {
        var key = ApiKey(parse);
        var noIntrospection = parse.GetValue(_noIntrospection);
        return options =>
        {
            if (key is not null) options.ApiKey = key;
            if (noIntrospection) options.Introspection = false;
        };
    }
}
