using System.Net.Http.Json;
using System.Text.Json;
using ClaimGraph.Dashboard.Tests.Support;
using Microsoft.Playwright;

namespace ClaimGraph.Dashboard.Tests;

/// <summary>The policy view (supporters against opponents) and the continuity view (CONTINUES against CHANGES).</summary>
[Collection(DashboardCollection.Name)]
public sealed class PolicyAndContinuityTests(DashboardHostFixture host)
{
    private async Task<JsonElement> QueryAsync(string query)
    {
        using var response = await host.Client.PostAsJsonAsync("/graphql", new { query });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("data");
    }

    [ChromiumFact]
    public async Task the_policy_view_sets_the_supporters_of_rcep_against_its_opponents_with_the_claims_behind_them()
    {
        await using var session = await BrowserSession.OpenAsync(host);
        await session.Page.GotoAsync("/#policy");
        await session.Page.WaitForSelectorAsync("#policy-detail[data-state='ready']");

        await session.Page.FillAsync("#policy-search", "RCEP");
        await session.Page.PressAsync("#policy-search", "Enter");
        var detail = session.Page.Locator("#policy-detail");
        await Assertions.Expect(detail.Locator("h2")).ToContainTextAsync("区域全面经济伙伴关系协定");

        var expected = (await QueryAsync("""{ policy(name: "RCEP") { supporters { other { name } } opponents { other { name } } } }""")).GetProperty("policy");
        var supporters = await detail.Locator("[data-stance='SUPPORTS'] .stance-bars button").AllTextContentsAsync();
        var opponents = await detail.Locator("[data-stance='OPPOSES'] .stance-bars button").AllTextContentsAsync();
        Assert.Equal(expected.GetProperty("supporters").EnumerateArray().Select(s => s.GetProperty("other").GetProperty("name").GetString()), supporters);
        Assert.Equal(expected.GetProperty("opponents").EnumerateArray().Select(s => s.GetProperty("other").GetProperty("name").GetString()), opponents);
        Assert.Contains("东盟", supporters);

        await detail.Locator("[data-stance='SUPPORTS'] button", new LocatorLocatorOptions { HasText = "东盟" }).ClickAsync();
        var claim = session.Page.Locator("#policy-claims .claim[data-predicate='SUPPORTS']").First;
        await Assertions.Expect(claim).ToBeVisibleAsync();
        await Assertions.Expect(claim.Locator("mark.subject")).ToHaveTextAsync("东盟");
        await session.ScreenshotAsync("policy-rcep");
        session.AssertClean();
    }

    [ChromiumFact]
    public async Task the_continuity_view_sets_what_biden_continues_of_trump_against_what_he_changes()
    {
        await using var session = await BrowserSession.OpenAsync(host);
        await session.Page.GotoAsync("/#continuity");
        await session.Page.WaitForSelectorAsync("#continuity-claims[data-state='ready']");

        var row = session.Page.Locator("tr[data-pair='ADMINISTRATION:拜登政府|ADMINISTRATION:特朗普政府']");
        await row.ClickAsync();
        await session.Page.WaitForSelectorAsync("#continuity-claims[data-state='ready'] [data-pair='ADMINISTRATION:拜登政府|ADMINISTRATION:特朗普政府']");

        var counts = await QueryAsync(
            """
            { c: claims(subject: "拜登政府", object: "特朗普政府", predicate: CONTINUES, negated: false) { totalCount }
              ch: claims(subject: "拜登政府", object: "特朗普政府", predicate: CHANGES, negated: false) { totalCount } }
            """);
        Assert.Equal(counts.GetProperty("c").GetProperty("totalCount").GetInt32().ToString(), await row.Locator(".bar.continues + .n").TextContentAsync());
        Assert.Equal(counts.GetProperty("ch").GetProperty("totalCount").GetInt32().ToString(), await row.Locator(".bar.changes + .n").TextContentAsync());
        var shown = await session.Page.Locator("#continuity-claims [data-direction='ab'] .claim").EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.predicate)");
        Assert.Contains("CONTINUES", shown);
        Assert.Contains("CHANGES", shown);
        Assert.All(shown, p => Assert.Contains(p, new[] { "CONTINUES", "CHANGES" }));
        await session.ScreenshotAsync("continuity-biden-trump");
        session.AssertClean();
    }
}
