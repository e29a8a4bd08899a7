using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests;

/// <summary>The host serves the embedded dashboard at / and GraphiQL to browsers at /graphql, and nothing from elsewhere.</summary>
[Collection(ApiCollection.Name)]
public sealed partial class DashboardHostingTests(ApiHostFixture api)
{
    [GeneratedRegex("""(?:src|href)="(/assets/[^"]+)"|url\((/assets/[^)]+)\)""")]
    private static partial Regex AssetReference();

    private static HttpRequestMessage BrowserGet(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }

    [Fact]
    public async Task serves_the_dashboard_page_at_the_root_with_a_policy_that_allows_only_this_host()
    {
        using var response = await api.Client.SendAsync(BrowserGet("/"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("ClaimGraph", html);
        Assert.Contains("id=\"graph\"", html);
        Assert.DoesNotMatch("""(?:src|href)=["']?(?:https?:)?//""", html);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'self'", policy);
        Assert.Contains("connect-src 'self'", policy);
    }

    [Fact]
    public async Task every_asset_a_page_names_is_served_with_its_type_and_a_long_cache_life()
    {
        var pages = new[] { "/", "/graphql" };
        var assets = new HashSet<string>();
        foreach (var page in pages)
        {
            using var response = await api.Client.SendAsync(BrowserGet(page));
            foreach (Match m in AssetReference().Matches(await response.Content.ReadAsStringAsync()))
                assets.Add(m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value);
        }

        Assert.Contains(assets, a => a.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(assets, a => a.EndsWith(".css", StringComparison.Ordinal));
        foreach (var asset in assets)
        {
            using var response = await api.Client.GetAsync(asset);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{asset}: {(int)response.StatusCode}");
            Assert.Contains("immutable", response.Headers.CacheControl?.ToString());
            var type = response.Content.Headers.ContentType?.MediaType;
            if (asset.EndsWith(".js", StringComparison.Ordinal)) Assert.Equal("text/javascript", type);
            if (asset.EndsWith(".css", StringComparison.Ordinal)) Assert.Equal("text/css", type);
        }
    }

    [Fact]
    public async Task the_bundled_cjk_web_font_is_served_as_woff2()
    {
        using var page = await api.Client.SendAsync(BrowserGet("/"));
        var css = AssetReference().Matches(await page.Content.ReadAsStringAsync()).Select(m => m.Groups[1].Value).Where(a => a.EndsWith(".css", StringComparison.Ordinal));
        var fonts = new List<string>();
        foreach (var sheet in css)
            fonts.AddRange(AssetReference().Matches(await api.Client.GetStringAsync(sheet)).Select(m => m.Groups[2].Value).Where(u => u.Contains("noto-sans-sc", StringComparison.Ordinal)));

        Assert.True(fonts.Count > 50, $"the stylesheets name {fonts.Count} Noto Sans SC subsets");
        using var font = await api.Client.GetAsync(fonts[0]);
        Assert.Equal(HttpStatusCode.OK, font.StatusCode);
        Assert.Equal("font/woff2", font.Content.Headers.ContentType?.MediaType);
        Assert.Equal("wOF2"u8.ToArray(), (await font.Content.ReadAsByteArrayAsync())[..4]);
    }

    [Fact]
    public async Task a_browser_opening_graphql_gets_the_ide_and_an_api_client_still_gets_json()
    {
        using var ide = await api.Client.SendAsync(BrowserGet("/graphql"));
        using var plain = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        plain.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var noQuery = await api.Client.SendAsync(plain);

        Assert.Equal(HttpStatusCode.OK, ide.StatusCode);
        Assert.Equal("text/html", ide.Content.Headers.ContentType?.MediaType);
        Assert.Contains("GraphiQL", await ide.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, noQuery.StatusCode);
        Assert.Equal("application/json", noQuery.Content.Headers.ContentType?.MediaType);
        Assert.Contains("BAD_INPUT", await noQuery.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/assets/no-such-file.js")]
    [InlineData("/assets/../index.html")]
    [InlineData("/assets/%2e%2e/graphiql.html")]
    public async Task answers_an_asset_it_does_not_have_with_404(string path)
    {
        using var response = await api.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
