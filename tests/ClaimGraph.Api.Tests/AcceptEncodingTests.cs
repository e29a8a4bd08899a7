using ClaimGraph.Api.Http;
using Microsoft.AspNetCore.Http;

namespace ClaimGraph.Api.Tests;

/// <summary>Which Accept-Encoding headers allow a gzip answer (RFC 9110 §12.5.3).</summary>
public sealed class AcceptEncodingTests
{
    [Theory]
    [InlineData("gzip", true)]
    [InlineData("gzip, deflate, br, zstd", true)]
    [InlineData("br;q=1.0, GZIP;q=0.5", true)]
    [InlineData("*", true)]
    [InlineData("gzip;q=0", false)]
    [InlineData("*;q=0", false)]
    [InlineData("gzip;q=0, *", false)]
    [InlineData("br, identity", false)]
    [InlineData("", false)]
    [InlineData("gzip;q=banana", false)]
    public void reads_whether_gzip_is_accepted(string header, bool allowed)
    {
        var http = new DefaultHttpContext();
        if (header.Length > 0) http.Request.Headers.AcceptEncoding = header;

        Assert.Equal(allowed, AcceptEncoding.AllowsGzip(http.Request));
    }
}
