using ClaimGraph.Dashboard.Tests.Support;
using Microsoft.Playwright;

namespace ClaimGraph.Dashboard.Tests;

/// <summary>Each filter redraws the network from the API with fewer (or other) edges.</summary>
[Collection(DashboardCollection.Name)]
public sealed class FilterTests(DashboardHostFixture host)
{
    /// <summary>Makes a change and waits for the network drawn after it (body[data-draws] counts finished draws).</summary>
    private static async Task ChangeAsync(BrowserSession session, Func<Task> change)
    {
        var draws = await session.Page.EvaluateAsync<string>("() => document.body.dataset.draws");
        await change();
        await session.Page.WaitForFunctionAsync(
            "before => document.body.dataset.graph === 'ready' && document.body.dataset.draws !== before", draws,
            new PageWaitForFunctionOptions { Timeout = 60_000 });
    }

    private static int Claims(IEnumerable<DrawnEdge> edges) => edges.Sum(e => e.Count);

    [ChromiumFact]
    public async Task unchecking_the_conflict_class_removes_every_conflict_edge()
    {
        await using var session = await BrowserSession.OpenAsync(host);
        await session.OpenDashboardAsync();
        var before = await session.EdgesAsync();

        await ChangeAsync(session, () => session.Page.Locator("#f-classes input[data-class='conflict']").UncheckAsync());
        var after = await session.EdgesAsync();

        Assert.Contains(before, e => e.Predicates.Contains("CONFRONTS"));
        Assert.DoesNotContain(after, e => e.Predicates.Any(p => p is "CONFRONTS" or "COMPETES"));
        Assert.True(Claims(after) < Claims(before));
        await session.ScreenshotAsync("filter-without-conflict");
        session.AssertClean();
    }

    [ChromiumFact]
    public async Task the_minimum_claim_count_keeps_only_heavier_edges()
    {
        await using var session = await BrowserSession.OpenAsync(host);
        await session.OpenDashboardAsync();
        var before = await session.EdgesAsync();

        await ChangeAsync(session, async () =>
        {
            await session.Page.FocusAsync("#f-min");
            await session.Page.Keyboard.PressAsync("ArrowRight");
            await session.Page.Keyboard.PressAsync("ArrowRight");
        });
        Assert.Equal("3", await session.Page.InputValueAsync("#f-min"));
        var after = await session.EdgesAsync();

        Assert.Contains(before, e => e.Count < 3);
        Assert.NotEmpty(after);
        Assert.All(after, e => Assert.True(e.Count >= 3, $"{e.Source} → {e.Target} has {e.Count} claims"));
        Assert.True((await session.NodeNamesAsync()).Length < before.Count);
        session.AssertClean();
    }

    [ChromiumFact]
    public async Task modality_year_and_document_filters_each_narrow_the_network()
    {
        await using var session = await BrowserSession.OpenAsync(host);
        await session.OpenDashboardAsync();
        var all = Claims(await session.EdgesAsync());

        await ChangeAsync(session, () => session.Page.Locator("#f-modality input[data-modality='ASSERTED']").UncheckAsync());
        var unasserted = Claims(await session.EdgesAsync());
        await ChangeAsync(session, () => session.Page.ClickAsync("#f-reset"));
        Assert.Equal(all, Claims(await session.EdgesAsync()));

        await ChangeAsync(session, async () =>
        {
            await session.Page.FillAsync("#f-from", "2017");
            await session.Page.FillAsync("#f-to", "2021");
        });
        var years = Claims(await session.EdgesAsync());
        await ChangeAsync(session, () => session.Page.ClickAsync("#f-reset"));

        await ChangeAsync(session, () => session.Page.Locator("#f-document").SelectOptionAsync(new SelectOptionValue { Index = 1 }));
        var oneDocument = Claims(await session.EdgesAsync());

        Assert.InRange(unasserted, 1, all - 1);
        Assert.InRange(years, 1, all - 1);
        Assert.InRange(oneDocument, 1, all - 1);
        session.AssertClean();
    }

    [ChromiumFact]
    public async Task including_denied_claims_draws_them_as_dashed_edges()
    {
        await using var session = await BrowserSession.OpenAsync(host);
        await session.OpenDashboardAsync();
        Assert.DoesNotContain(await session.EdgesAsync(), e => e.Negated);

        await ChangeAsync(session, () => session.Page.Locator("#f-negated").CheckAsync());

        Assert.Contains(await session.EdgesAsync(), e => e.Negated);
        var style = await session.Page.EvaluateAsync<string>("() => window.claimGraph.cy.edges().filter(e => e.data('negated')).first().style('line-style')");
        Assert.Equal("dashed", style);
        session.AssertClean();
    }
}
