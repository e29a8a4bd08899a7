namespace ClaimGraph.Api.GraphQL;

/// <summary>Codes of the errors the API reports in the GraphQL error format.</summary>
public static class ErrorCodes
{
    public const string BadInput = "BAD_INPUT";
    public const string InvalidDocument = "INVALID_DOCUMENT";
    public const string PageSize = "PAGE_SIZE_EXCEEDED";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string NotFound = "NOT_FOUND";
    public const string StoreUnavailable = "STORE_UNAVAILABLE";
    public const string Internal = "INTERNAL";
}
