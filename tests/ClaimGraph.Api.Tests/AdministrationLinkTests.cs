using System.Text.Json;
using ClaimGraph.Api.Tests.Support;

namespace ClaimGraph.Api.Tests;

/// <summary>Issue 7: X政府 links to its state (ADMINISTRATION_OF) and its leader with dates (LED_BY), computed from reference data.</summary>
[Collection(ApiCollection.Name)]
public sealed class AdministrationLinkTests(ApiHostFixture api)
{
    [Fact]
    public async Task baideng_zhengfu_governs_the_us_and_is_led_by_biden_for_his_term()
    {
        const string Query = """{ actor(name: "拜登政府") { id administrationOf { id name claimCount } ledBy { actor { id name mentionCount } from to office } } }""";
        var actor = (await api.Client.PostGraphQLAsync(Query)).Ok().GetProperty("actor");

        Assert.Equal("ADMINISTRATION:拜登政府", actor.Str("id"));
        Assert.Equal("COUNTRY:美国", actor.Str("administrationOf", "id"));
        Assert.True(actor.GetProperty("administrationOf").GetProperty("claimCount").GetInt32() > 0, "the stored node, with its claims");
        var led = Assert.Single(actor.Items("ledBy"));
        Assert.Equal(("PERSON:拜登", "2021-01-20", "2025-01-20", "US_PRESIDENT"), (led.Str("actor", "id"), led.Str("from"), led.Str("to"), led.Str("office")));
        Assert.True(led.GetProperty("actor").GetProperty("mentionCount").GetInt32() > 0);
    }

    [Fact]
    public async Task a_leader_lists_the_administrations_named_after_them_and_a_state_its_administrations()
    {
        const string Query = """{ biden: actor(name: "拜登") { administrations { id } administrationOf { id } ledBy { from } } us: actor(name: "美国") { administrations { id name } } }""";
        var data = (await api.Client.PostGraphQLAsync(Query)).Ok();

        var biden = data.GetProperty("biden");
        Assert.Equal(new[] { "ADMINISTRATION:拜登政府" }, biden.Items("administrations").Select(a => a.Str("id")));
        Assert.Equal(JsonValueKind.Null, biden.GetProperty("administrationOf").ValueKind);
        Assert.Empty(biden.Items("ledBy"));
        var us = data.GetProperty("us").Items("administrations").Select(a => a.Str("id")).ToList();
        Assert.Contains("ADMINISTRATION:特朗普政府", us);
        Assert.Contains("ADMINISTRATION:门罗政府", us);
    }

    [Fact]
    public async Task an_administration_no_document_mentions_is_served_as_a_node_without_claims()
    {
        var carter = (await api.Client.PostGraphQLAsync("""{ actor(name: "美国") { administrations { id claimCount mentionCount ledBy { actor { id } from } } } }""")).Ok()
            .GetProperty("actor").Items("administrations").Single(a => a.Str("id") == "ADMINISTRATION:卡特政府");

        Assert.Equal((0, 0), (carter.GetProperty("mentionCount").GetInt32(), carter.GetProperty("claimCount").GetInt32()));
        Assert.Equal(("PERSON:吉米·卡特", "1977-01-20"), (carter.Items("ledBy").Single().Str("actor", "id"), carter.Items("ledBy").Single().Str("from")));
    }

    [Fact]
    public async Task the_network_draws_administration_links_among_its_nodes()
    {
        const string Query = """{ network(actors: ["拜登政府", "美国"], depth: 1) { nodes { id } links { source target kind from to } } }""";
        var network = (await api.Client.PostGraphQLAsync(Query)).Ok().GetProperty("network");
        var nodes = network.Items("nodes").Select(n => n.Str("id")).ToHashSet();
        var links = network.Items("links").ToList();

        Assert.Contains("COUNTRY:美国", nodes);
        Assert.Contains(links, l => (l.Str("source"), l.Str("target"), l.Str("kind")) == ("ADMINISTRATION:拜登政府", "COUNTRY:美国", "ADMINISTRATION_OF"));
        Assert.All(links, l => Assert.True(nodes.Contains(l.Str("source")) && nodes.Contains(l.Str("target"))));
        Assert.Contains(links, l => (l.Str("source"), l.Str("target"), l.Str("kind"), l.Str("from")) == ("ADMINISTRATION:特朗普政府", "PERSON:特朗普", "LED_BY", "2025-01-20"));
    }
}
