using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Http;

namespace ClaimGraph.Api.Protection;

/// <summary>An HTTP-level refusal (401, 413, 429) written in the GraphQL error format, so clients read one shape.</summary>
public static class ErrorResponse
{
    private const string ModernMediaType = "application/graphql-response+json";

    private static readonly JsonSerializerOptions s_json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    public static Task WriteAsync(HttpContext http, int status, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = http.Request.Headers.Accept.ToString().Contains(ModernMediaType, StringComparison.OrdinalIgnoreCase)
            ? ModernMediaType
            : "application/json";
        var body = new { errors = new[] { new { message, extensions = new { code } } } };
        return http.Response.WriteAsync(JsonSerializer.Serialize(body, s_json), http.RequestAborted);
    }
}
