using ClaimGraph.Extraction;
using ClaimGraph.Extraction.Resolve;
using ClaimGraph.Storage.Contract.Support;
using ClaimGraph.Storage.Export;
using ClaimGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;

namespace ClaimGraph.Storage.Tests.Export;

/// <summary>Issue 7: the export carries ADMINISTRATION_OF and LED_BY between exported actors when given the reference data.</summary>
public sealed class AdministrationEdgesTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "claimgraph-tests", $"export-admin-{Guid.NewGuid():N}.db");
    private SqliteGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteGraphStore(_path);
        await _store.InitializeAsync();
        await _store.IngestAsync(TestDocuments.Analyze("admin.txt", "拜登政府与日本合作。拜登批评俄罗斯。美国支持日本。日本政府反对朝鲜。"));
    }

    [Fact]
    public async Task an_administration_is_linked_to_its_state_and_its_leader_with_the_leader_s_dates()
    {
        var graph = await new GraphReader(_store, AdministrationDirectory.From(ExtractionLexicons.Default)).ReadAsync(CancellationToken.None);

        Assert.Contains(graph.Edges, e => (e.Source.Key, e.Target.Key, e.Type) == ("ADMINISTRATION:拜登政府", "COUNTRY:美国", "ADMINISTRATION_OF"));
        Assert.Contains(graph.Edges, e => (e.Source.Key, e.Target.Key, e.Type) == ("ADMINISTRATION:日本政府", "COUNTRY:日本", "ADMINISTRATION_OF"));
        var led = Assert.Single(graph.Edges, e => e.Type == "LED_BY");
        Assert.Equal(("ADMINISTRATION:拜登政府", "PERSON:拜登", "2021-01-20", "2025-01-20", "US_PRESIDENT"),
            (led.Source.Key, led.Target.Key, led.Properties["from"], led.Properties["to"], led.Properties["office"]));

        using var json = new MemoryStream();
        new JsonExporter().Write(graph, json);
        Assert.Contains(JObject.Parse(System.Text.Encoding.UTF8.GetString(json.ToArray())).Descendants().OfType<JValue>(), v => Equals(v.Value, "LED_BY"));
    }

    [Fact]
    public async Task without_reference_data_the_export_has_only_what_the_store_holds()
    {
        var graph = await new GraphReader(_store).ReadAsync(CancellationToken.None);

        Assert.DoesNotContain(graph.Edges, e => e.Type is "LED_BY" or "ADMINISTRATION_OF");
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }
}
