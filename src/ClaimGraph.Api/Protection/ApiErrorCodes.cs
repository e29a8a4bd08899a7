namespace ClaimGraph.Api.Protection;

/// <summary>Codes of the errors the endpoint's protections report, in the GraphQL error format.</summary>
public static class ApiErrorCodes
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string QueryTooDeep = "QUERY_TOO_DEEP";
    public const string QueryTooComplex = "QUERY_TOO_COMPLEX";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string IntrospectionDisabled = "INTROSPECTION_DISABLED";
    public const string Timeout = "TIMEOUT";
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string RateLimited = "RATE_LIMITED";
}
