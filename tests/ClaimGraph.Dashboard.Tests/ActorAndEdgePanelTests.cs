using ClaimGraph.Dashboard.Tests.Support;
using ClaimGraph.Tests.Shared;
using Microsoft.Playwright;

namespace ClaimGraph.Dashboard.Tests;

/// <summary>Clicking an actor or an edge in the drawn network opens the evidence behind it.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ActorAndEdgePanelTests(DashboardHostFixture host)
{
    private const string ScreenshotVariable = "CLAIMGRAPH_UPDATE_SCREENSHOT";

    [ChromiumFact]
    public async Task clicking_the_biden_administration_shows_its_continues_claim_toward_the_trump_administration_with_highlighted_evidence()
    {
        await using var session = await BrowserSession.OpenAsync(host);
        await session.OpenDashboardAsync();

        await session.ClickNodeAsync("拜登政府");
        await session.Page.WaitForSelectorAsync("#panel[data-state='ready'] [data-actor='ADMINISTRATION:拜登政府']");

        var panel = session.Page.Locator("#panel");
        await Assertions.Expect(panel.Locator("h2")).ToContainTextAsync("拜登政府");
        await Assertions.Expect(panel.Locator(".names")).ToContainTextAsync("Biden");
        var claim = panel.Locator(".claim[data-predicate='CONTINUES'][data-object='特朗普政府']").First;
        await Assertions.Expect(claim).ToBeVisibleAsync();
        await Assertions.Expect(claim.Locator("mark.subject")).ToHaveTextAsync("拜登政府");
        await Assertions.Expect(claim.Locator("mark.object")).ToHaveTextAsync("特朗普政府");
        await Assertions.Expect(claim.Locator(".evidence")).ToContainTextAsync("拜登政府对特朗普政府政策的延续");
        await Assertions.Expect(claim.Locator("footer")).ToContainTextAsync("朱锋");
        await Assertions.Expect(panel.Locator(".relations li").First).ToBeVisibleAsync();

        // The graph keeps a usable width beside the panel at 1280×800.
        var graph = await session.Page.Locator("#graph").BoundingBoxAsync();
        var side = await panel.BoundingBoxAsync();
        Assert.True(graph!.Width >= 500 && side!.X >= graph.X + graph.Width - 1, $"graph {graph.Width} px wide, panel at {side!.X}");

        // The README's picture: the administration's neighbourhood in view, its continuity claim in the panel.
        await session.Page.EvaluateAsync("() => { const cy = window.claimGraph.cy; cy.fit(cy.$('node:selected').closedNeighborhood(), 30); }");
        await claim.ScrollIntoViewIfNeededAsync();
        var png = await session.ScreenshotAsync("actor-biden-administration");
        if (Environment.GetEnvironmentVariable(ScreenshotVariable) == "1")
            await File.WriteAllBytesAsync(Path.Combine(RepositoryPaths.Root, "docs", "dashboard.png"), png);
        session.AssertClean();
    }

    [ChromiumFact]
    public async Task the_actor_panel_ranks_relations_and_lists_the_policies_the_actor_supports()
    {
        await using var session = await BrowserSession.OpenAsync(host);
        await session.OpenDashboardAsync();

        await session.ClickNodeAsync("东盟");
        await session.Page.WaitForSelectorAsync("#panel[data-state='ready'] [data-actor='ORGANIZATION:东盟']");

        var counts = await session.Page.Locator("#panel .relations li .n").AllTextContentsAsync();
        Assert.NotEmpty(counts);
        Assert.Equal(counts.Select(int.Parse).OrderByDescending(n => n), counts.Select(int.Parse));
        await Assertions.Expect(session.Page.Locator("#panel .s-supports")).ToContainTextAsync("区域全面经济伙伴关系协定");
        session.AssertClean();
    }

    [ChromiumFact]
    public async Task clicking_an_edge_lists_the_claims_between_the_pair_in_both_directions()
    {
        await using var session = await BrowserSession.OpenAsync(host);
        await session.OpenDashboardAsync();

        await session.ClickEdgeAsync("美国", "中国");
        await session.Page.WaitForSelectorAsync("#panel[data-kind='pair'][data-state='ready']");

        var panel = session.Page.Locator("#panel");
        await Assertions.Expect(panel.Locator("h2")).ToHaveTextAsync("美国 ⇄ 中国");
        var forward = panel.Locator("[data-direction='ab'] .claim");
        var backward = panel.Locator("[data-direction='ba'] .claim");
        Assert.True(await forward.CountAsync() > 0 && await backward.CountAsync() > 0);
        Assert.All(await forward.EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.subject + '>' + c.dataset.object)"), p => Assert.Equal("美国>中国", p));
        Assert.All(await backward.EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.subject + '>' + c.dataset.object)"), p => Assert.Equal("中国>美国", p));
        await session.ScreenshotAsync("edge-united-states-china");
        session.AssertClean();
    }
}
