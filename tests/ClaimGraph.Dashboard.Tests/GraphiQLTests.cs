using ClaimGraph.Dashboard.Tests.Support;
using Microsoft.Playwright;

namespace ClaimGraph.Dashboard.Tests;

/// <summary>/graphql opened in a browser is GraphiQL, with the schema docs and the example queries (API clients: see the API tests).</summary>
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
}
