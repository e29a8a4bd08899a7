using System.Text.RegularExpressions;
using ClaimGraph.Dashboard.Tests.Support;
using Microsoft.Playwright;

namespace ClaimGraph.Dashboard.Tests;

/// <summary>Issue 6: the API cuts a network to its strongest actors, and the dashboard says when it shows only some.</summary>
[Collection(DashboardCollection.Name)]
public sealed partial class NetworkCutNoticeTests(DashboardHostFixture host)
{
    [ChromiumFact]
    public async Task says_how_many_of_the_network_s_actors_it_shows_when_the_api_cut_it()
    {
        await using var session = await BrowserSession.OpenAsync(host);
        await session.OpenDashboardAsync();

        var drawn = (await session.NodeNamesAsync()).Length;
        var notice = session.Page.Locator("#graph-cut");
        Assert.True(await notice.IsVisibleAsync(), "the corpus's whole network has more actors than the API's default of 150");
        var shown = ShowingOf().Match(await notice.TextContentAsync() ?? "");
        Assert.True(shown.Success, await notice.TextContentAsync());
        Assert.Equal(drawn, int.Parse(shown.Groups[1].Value));
        Assert.Equal(150, drawn);
        Assert.True(int.Parse(shown.Groups[2].Value) > drawn);
        await session.ScreenshotAsync("network-cut-notice");

        // Edges of three claims or more leave fewer actors than the cut: the notice goes.
        var draws = await session.Page.EvaluateAsync<string>("() => document.body.dataset.draws");
        await session.Page.FocusAsync("#f-min");
        await session.Page.Keyboard.PressAsync("ArrowRight");
        await session.Page.Keyboard.PressAsync("ArrowRight");
        await session.Page.WaitForFunctionAsync("before => document.body.dataset.graph === 'ready' && document.body.dataset.draws !== before", draws,
            new PageWaitForFunctionOptions { Timeout = 60_000 });
        Assert.True((await session.NodeNamesAsync()).Length < 150);
        Assert.False(await notice.IsVisibleAsync());
        session.AssertClean();
    }

    [GeneratedRegex(@"^showing (\d+) of (\d+) actors")]
    private static partial Regex ShowingOf();
}
