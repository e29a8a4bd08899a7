using Microsoft.AspNetCore.Http;

namespace ClaimGraph.Api.Http;

/// <summary>Whether a client takes a gzip answer, as its Accept-Encoding says (RFC 9110 §12.5.3: q=0 refuses).</summary>
public static class AcceptEncoding
{
    public static bool AllowsGzip(HttpRequest request)
    {
        if (request.Headers.AcceptEncoding.Count == 0) return false;
        IList<Microsoft.Net.Http.Headers.StringWithQualityHeaderValue> offered;
        try
        {
            offered = request.GetTypedHeaders().AcceptEncoding;
        }
        catch (FormatException)
        {
            return false;
        }
        double? gzip = null, any = null;
        foreach (var coding in offered)
        {
            var quality = coding.Quality ?? 1;
            if (coding.Value.Equals("gzip", StringComparison.OrdinalIgnoreCase)) gzip = quality;
            else if (coding.Value.Equals("*", StringComparison.Ordinal)) any = quality;
        }
        return (gzip ?? any ?? 0) > 0;
    }
}
