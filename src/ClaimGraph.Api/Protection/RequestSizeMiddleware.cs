using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ClaimGraph.Api.Protection;

/// <summary>
/// Refuses a request body over <see cref="ApiOptions.MaxRequestBytes"/> with 413: at once when Content-Length says so,
/// and when a chunked body passes the limit while it is read.
/// </summary>
public sealed class RequestSizeMiddleware(RequestDelegate next, IOptions<ApiOptions> options)
{
    public async Task InvokeAsync(HttpContext http)
    {
        var limit = options.Value.MaxRequestBytes;
        if (http.Request.ContentLength > limit)
        {
            await RefuseAsync(http, limit);
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = limit;
        try
        {
            await next(http);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge && !http.Response.HasStarted)
        {
            await RefuseAsync(http, limit);
        }
    }

    private static Task RefuseAsync(HttpContext http, long limit) =>
        ErrorResponse.WriteAsync(http, StatusCodes.Status413PayloadTooLarge, ApiErrorCodes.RequestTooLarge,
            $"the request body is larger than {limit:N0} bytes");
}
