using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Api.Protection;

/// <summary>
/// Reads the API key from Authorization: Bearer or X-Api-Key. The right key makes the request's user authenticated
/// (mutations then pass <see cref="MutationsNeedApiKeyRule"/>); a wrong key is refused with 401; no key reads only.
/// </summary>
public sealed class ApiKeyMiddleware(RequestDelegate next, IOptions<ApiOptions> options)
{
    public const string HeaderName = "X-Api-Key";
    private const string AuthenticationType = "ApiKey";

    public async Task InvokeAsync(HttpContext http)
    {
        var expected = options.Value.ApiKey;
        var presented = Presented(http.Request);
        if (string.IsNullOrEmpty(expected) || presented is null)
        {
            await next(http);
            return;
        }
        if (!Matches(presented, expected))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            await ErrorResponse.WriteAsync(http, StatusCodes.Status401Unauthorized, ApiErrorCodes.Unauthenticated, "the API key is not valid");
            return;
        }
        http.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, "api-key")], AuthenticationType));
        await next(http);
    }

    private static string? Presented(HttpRequest request)
    {
        if (request.Headers[HeaderName].ToString() is { Length: > 0 } key) return key;
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? authorization["Bearer ".Length..].Trim() : null;
    }

    /// <summary>Constant-time, so response times do not reveal how much of a guess was right.</summary>
    private static bool Matches(string presented, string expected) =>
        CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(presented)), SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
}
