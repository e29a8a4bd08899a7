using System.Net;
using System.Net.Http.Headers;
using ClaimGraph.Dashboard.Tests.Support;
using Microsoft.Playwright;

namespace ClaimGraph.Dashboard.Tests;

/// <summary>/graphql opened in a browser is GraphiQL, with the schema docs and the example queries; API clients still get JSON.</summary>
[Collection(DashboardCollection.Name)]
public sealed class GraphiQLTests(DashboardHostFixture host)
{
    [ChromiumFact]
    public async Task graphiql_loads_with_the_schema_docs_and_runs_the_first_example_query()
    {
        await using var session = await BrowserSession.OpenAsync(host);
        await session.Page.GotoAsync("/graphql");

        var docs = session.Page.Locator(".graphiql-doc-explorer");
        await Assertions.Expect(docs).ToContainTextAsync("Query", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await docs.GetByText("Query", new LocatorGetByTextOptions { Exact = true }).First.ClickAsync();
        await Assertions.Expect(docs).ToContainTextAsync("network");
        await Assertions.Expect(session.Page.Locator(".graphiql-tab")).ToHaveCountAsync(5);

        await session.Page.Locator(".graphiql-execute-button").ClickAsync();
        var result = session.Page.Locator(".result-window");
        await Assertions.Expect(result).ToContainTextAsync("\"totalCount\"", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await Assertions.Expect(result).ToContainTextAsync("CONTINUES");
        await Assertions.Expect(result).ToContainTextAsync("拜登政府");
        await session.ScreenshotAsync("graphiql");
        session.AssertClean();
    }

    [ChromiumFact]
    public async Task an_api_client_getting_graphql_still_gets_json_while_a_browser_gets_the_ide()
    {
        using var json = new HttpRequestMessage(HttpMethod.Get, "/graphql?query={stats{documents}}");
        json.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var html = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        html.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var jsonResponse = await host.Client.SendAsync(json);
        using var htmlResponse = await host.Client.SendAsync(html);

        Assert.Equal("application/json", jsonResponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"documents\":5", await jsonResponse.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, htmlResponse.StatusCode);
        Assert.Equal("text/html", htmlResponse.Content.Headers.ContentType?.MediaType);
        Assert.Contains("GraphiQL", await htmlResponse.Content.ReadAsStringAsync());
        Assert.Contains("default-src 'self'", htmlResponse.Headers.GetValues("Content-Security-Policy").Single());
    }
}
