using ClaimGraph.Storage.Neo4j.Http;

namespace ClaimGraph.Storage.Neo4j;

/// <summary>Where the Neo4j server is and who to be there: its HTTP address, a database, and a user.</summary>
public sealed record Neo4jOptions
{
    public const string DefaultUrl = "http://localhost:7474";
    public const string DefaultDatabase = "neo4j";
    public const string DefaultUser = "neo4j";

    public Neo4jOptions(string url, string? user = DefaultUser, string? password = null, string database = DefaultDatabase)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            throw new ArgumentException($"'{url}' is not a URL; give Neo4j's HTTP address, e.g. {DefaultUrl}");
        if (uri.Scheme is not ("http" or "https"))
            throw new ArgumentException($"'{url}' is a {uri.Scheme}:// address; ClaimGraph talks to Neo4j's HTTP API: give its http:// address, e.g. {DefaultUrl}");
        if (string.IsNullOrWhiteSpace(database) || database.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_')))
            throw new ArgumentException($"'{database}' is not a Neo4j database name");
        Url = new Uri(uri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/");
        User = string.IsNullOrEmpty(user) ? DefaultUser : user;
        Password = password;
        Database = database;
    }

    /// <summary>The server's HTTP address (port 7474 by default), with a trailing slash.</summary>
    public Uri Url { get; }

    public string User { get; }

    /// <summary>No password: no Authorization header (a server with authentication turned off).</summary>
    public string? Password { get; }

    public string Database { get; }

    public RetryPolicy Retry { get; init; } = RetryPolicy.Default;

    /// <summary>How long one HTTP request may take before it counts as failed.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The address as people write it, for messages.</summary>
    public string Address => Url.ToString().TrimEnd('/');

    public override string ToString() => $"{Address} (database {Database})";
}
