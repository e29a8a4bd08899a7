using ClaimGraph.Dashboard.Tests.Support;
using Microsoft.Playwright;

namespace ClaimGraph.Dashboard.Tests;

/// <summary>The dashboard on a phone-sized touch screen (390×844): no sideways scrolling, filters in a drawer, details in a sheet.</summary>
[Collection(DashboardCollection.Name)]
public sealed class PhoneLayoutTests(DashboardHostFixture host)
{
    [ChromiumFact]
    public async Task the_network_filters_and_actor_panel_fit_a_phone_screen()
    {
        await using var session = await BrowserSession.OpenAsync(host, 390, 844, phone: true);
        await session.OpenDashboardAsync();
        var page = session.Page;

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the page scrolls sideways");
        var graph = await page.Locator("#graph").BoundingBoxAsync();
        Assert.True(graph!.Width >= 380 && graph.Height >= 600, $"the graph is {graph.Width}×{graph.Height}");
        Assert.True((await page.Locator("#filters").BoundingBoxAsync())!.X < -100, "the filters cover the graph before they are asked for");

        await page.Locator("#filters-toggle").TapAsync();
        await DrawerAtRestAsync(page);
        var filters = await page.Locator("#filters").BoundingBoxAsync();
        Assert.True(filters!.X >= 0 && filters.X + filters.Width <= 390, $"the filters drawer is at {filters.X}, {filters.Width} wide");
        await session.ScreenshotAsync("phone-filters");
        await page.Locator("#filters-toggle").TapAsync();
        await DrawerAtRestAsync(page);

        await session.ClickNodeAsync("美国", tap: true);
        await page.WaitForSelectorAsync("#panel[data-state='ready'] [data-actor='COUNTRY:美国']");
        var panel = await page.Locator("#panel").BoundingBoxAsync();
        Assert.True(panel!.X >= 0 && panel.Width <= 390 && panel.Y + panel.Height <= 844 + 1 && panel.Y > 200, $"the panel is at {panel.X},{panel.Y} {panel.Width}×{panel.Height}");
        await Assertions.Expect(page.Locator("#panel .claim").First).ToBeVisibleAsync();
        await session.ScreenshotAsync("phone-actor");
        session.AssertClean();
    }

    /// <summary>The drawer slides for 200 ms, in frames a loaded machine draws late: waits until its transition has ended.</summary>
    private static Task DrawerAtRestAsync(IPage page) => page.WaitForFunctionAsync("() => document.getElementById('filters').getAnimations().length === 0");

    [ChromiumFact]
    public async Task the_policy_and_continuity_views_fit_a_phone_screen()
    {
        await using var session = await BrowserSession.OpenAsync(host, 390, 844, phone: true);
        await session.Page.GotoAsync("/#policy");
        await session.Page.WaitForSelectorAsync("#policy-detail[data-state='ready']");
        Assert.True(await session.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await session.ScreenshotAsync("phone-policy");

        await session.Page.Locator("[data-view='continuity']").TapAsync();
        await session.Page.WaitForSelectorAsync("#continuity-claims[data-state='ready']");
        Assert.True(await session.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"));
        await session.ScreenshotAsync("phone-continuity");
        session.AssertClean();
    }
}
