using ClaimGraph.Storage.Contract.Support;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;
using ClaimGraph.Storage.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite.Tests.Network;

/// <summary>
/// Issue 6: the store counts a network's hops in SQL and reads only the edges the cut keeps; every answer (nodes,
/// edges with their figures, totalNodes) must equal the one the row-reading algorithm gave before, on a generated graph
/// full of ties, for every first, depth, start, filter and slice tried; and so must the rows-only path other stores use.
/// </summary>
public sealed class NetworkCountingTests : IClassFixture<NetworkCountingTests.GeneratedGraph>
{
    private readonly GeneratedGraph _graph;

    public NetworkCountingTests(GeneratedGraph graph) => _graph = graph;

    public static TheoryData<string> Starts => new() { "", "美国", "美国|日本", "东盟", "巴西" };

    [Theory]
    [MemberData(nameof(Starts))]
    public async Task the_counted_network_equals_the_row_reading_one_for_every_first_depth_filter_and_slice(string start)
    {
        var compared = 0;
        var truncated = 0;
        foreach (var query in Queries(start))
        {
            var expected = Describe(await ReferenceNetwork.BuildAsync(_graph.Store, query));
            Assert.Equal(expected, Describe(await new NetworkBuilder(_graph.Store).BuildAsync(query, CancellationToken.None)));
            Assert.Equal(expected, Describe(await new NetworkBuilder(new RowsOnlyStore(_graph.Store)).BuildAsync(query, CancellationToken.None)));
            compared++;
            if (expected.Contains("truncated")) truncated++;
        }
        Assert.True(truncated > compared / 4, $"only {truncated} of {compared} networks were cut: the graph should make most small firsts cut");
    }

    [Fact]
    public async Task the_generated_graph_has_ties_denials_several_predicates_years_and_modalities()
    {
        Assert.True(await _graph.ScalarAsync("SELECT count(DISTINCT predicate) FROM relations") >= 3);
        Assert.True(await _graph.ScalarAsync("SELECT count(*) FROM relations WHERE negated = 1") > 0);
        Assert.True(await _graph.ScalarAsync("SELECT count(DISTINCT time_year) FROM claims") >= 3);
        Assert.True(await _graph.ScalarAsync("SELECT count(DISTINCT modality) FROM claims") >= 2);
        // Partners of one actor tied on their summed claims: the cut must break such ties by id.
        Assert.True(await _graph.ScalarAsync(
            "SELECT count(*) FROM (SELECT source_id, claims FROM relation_pairs GROUP BY source_id, claims HAVING count(*) > 1)") > 10);
        Assert.True(await _graph.ScalarAsync("SELECT count(*) FROM actors") >= 20);
    }

    [Fact]
    public async Task a_deep_network_around_a_hub_is_cut_and_counts_what_it_cut()
    {
        var network = await new NetworkBuilder(_graph.Store).BuildAsync(new NetworkQuery(["美国"], 3, [], 1, 4), CancellationToken.None);

        Assert.Equal(4, network.Nodes.Count);
        Assert.True(network.Truncated);
        var connected = await _graph.ScalarAsync(
            "SELECT count(*) FROM (SELECT source_id FROM relations WHERE negated = 0 UNION SELECT target_id FROM relations WHERE negated = 0)");
        Assert.InRange(network.TotalNodes, 11, connected);
    }

    private IEnumerable<NetworkQuery> Queries(string start)
    {
        IReadOnlyList<string> actors = start.Length == 0 ? [] : start.Split('|');
        var slices = new[]
        {
            ClaimSlice.All,
            new ClaimSlice { FromYear = 2016, ToYear = 2019 },
            new ClaimSlice { Modalities = [_graph.SecondModality] },
            new ClaimSlice { DocumentId = _graph.SomeDocument },
        };
        foreach (var depth in start.Length == 0 ? [1] : new[] { 1, 2, 3 })
        foreach (var first in new[] { 1, 2, 3, 5, 8, 13, 150 })
        {
            foreach (var slice in slices) yield return new NetworkQuery(actors, depth, [], 1, first) { Claims = slice };
            yield return new NetworkQuery(actors, depth, ["COOPERATES", "OPPOSES"], 1, first);
            yield return new NetworkQuery(actors, depth, [], 2, first) { IncludeNegated = true };
            yield return new NetworkQuery(actors, depth, [], 1.5, first) { IncludeNegated = true, Claims = slices[1] };
        }
    }

    /// <summary>The whole answer as text: node ids and claim counts in order, every edge with its figures in order, the count.</summary>
    private static string Describe(NetworkRecord network) =>
        string.Join(" ", network.Nodes.Select(n => $"{n.Id}:{n.ClaimCount}")) + "\n"
        + string.Join("\n", network.Edges.Select(e => e.ToString())) + $"\ntotal {network.TotalNodes}" + (network.Truncated ? " truncated" : "");

    /// <summary>
    /// A graph of 30 actors on a ring: each sentence pairs an actor with one of its next three, now and then with any
    /// other, so networks grow hop by hop instead of reaching everyone at once; counts are small, so ties are many.
    /// </summary>
    public sealed class GeneratedGraph : IAsyncLifetime
    {
        private static readonly string[] s_actors =
        [
            "美国", "日本", "韩国", "澳大利亚", "印度", "英国", "法国", "德国", "加拿大", "意大利",
            "俄罗斯", "中国", "朝鲜", "伊朗", "土耳其", "巴西", "南非", "埃及", "沙特阿拉伯", "以色列",
            "乌克兰", "巴基斯坦", "越南", "菲律宾", "新加坡", "印度尼西亚", "泰国", "蒙古", "东盟", "欧盟",
        ];

        private static readonly string[] s_templates =
        [
            "{0}与{1}合作。", "{0}反对{1}的做法。", "{0}支持{1}。", "{0}对{1}实施遏制。", "{0}不会与{1}合作。",
            "{0}将与{1}合作。", "{0}批评{1}。", "{0}将支持{1}。",
        ];

        private readonly StoreDirectory _directory = new("network-counting");

        public SqliteGraphStore Store { get; private set; } = null!;
        public string SecondModality { get; private set; } = "";
        public string SomeDocument { get; private set; } = "";

        public async Task InitializeAsync()
        {
            Store = await _directory.OpenAsync("generated.db");
            var random = new Random(20261126);
            for (var d = 0; d < 40; d++)
            {
                var lines = new List<string>();
                for (var s = 0; s < 30; s++)
                {
                    var a = random.Next(s_actors.Length);
                    var b = random.Next(10) == 0 ? random.Next(s_actors.Length) : (a + 1 + random.Next(3)) % s_actors.Length;
                    if (a == b) continue;
                    var year = random.Next(3) == 0 ? "" : $"{2014 + random.Next(8)} 年，";
                    lines.Add(year + string.Format(s_templates[random.Next(s_templates.Length)], s_actors[a], s_actors[b]));
                }
                var outcome = await Store.IngestAsync(TestDocuments.Analyze($"gen-{d:D3}.txt", string.Join("\n", lines)));
                if (d == 7) SomeDocument = outcome.DocumentId;
            }
            await using var connection = new SqliteConnection($"Data Source={_directory.PathOf("generated.db")};Mode=ReadOnly");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT modality FROM claims GROUP BY modality ORDER BY count(*) DESC LIMIT 1 OFFSET 1";
            SecondModality = (string)(await command.ExecuteScalarAsync())!;
        }

        public async Task<long> ScalarAsync(string sql)
        {
            await using var connection = new SqliteConnection($"Data Source={_directory.PathOf("generated.db")};Mode=ReadOnly");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return (long)(await command.ExecuteScalarAsync())!;
        }

        public async Task DisposeAsync()
        {
            await Store.DisposeAsync();
            _directory.Dispose();
        }
    }
}
