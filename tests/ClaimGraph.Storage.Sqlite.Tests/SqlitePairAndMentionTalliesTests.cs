using ClaimGraph.Storage.Contract.Support;
using ClaimGraph.Storage.Records;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite.Tests;

/// <summary>
/// The per-pair sums (relation_pairs) and the per-actor mention tallies (actor_mentions) must always equal what summing
/// the relations and counting the mentions give, through inserts, replacements and deletions; a file without them gains
/// them when opened; the partners read from the sums are what grouping the relation rows gives. The store version
/// moves with every write, also another process's.
/// </summary>
public sealed class SqlitePairAndMentionTalliesTests : IAsyncLifetime
{
    private static readonly (string Name, string Text)[] s_documents =
    [
        ("a.txt", "美国对中国实施遏制。美方表示将与日本合作。华盛顿反对俄罗斯的做法。"),
        ("b.txt", "中国支持东盟推动RCEP。美国与日本加强同盟，美方遏制中国。中国反对美国的霸权。"),
        ("c.txt", "拜登政府延续特朗普政府的对华政策。美国同韩国合作。日本与美国合作。"),
        ("d.txt", "日本与澳大利亚合作。俄罗斯反对北约东扩，美国支持乌克兰。"),
    ];

    private readonly string _path = Path.Combine(Path.GetTempPath(), "claimgraph-tests", $"pairs-{Guid.NewGuid():N}.db");
    private SqliteGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteGraphStore(_path);
        await _store.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
    }

    [Fact]
    public async Task pair_sums_equal_the_summed_relations_after_inserts_a_replacement_and_a_deletion()
    {
        foreach (var (name, text) in s_documents) await _store.IngestAsync(TestDocuments.Analyze(name, text));
        await AssertPairsMatchRelationsAsync();
        Assert.True(await ScalarAsync("SELECT count(*) FROM relation_pairs") > 3);

        await _store.IngestAsync(TestDocuments.Analyze(s_documents[0].Name, s_documents[1].Text + "\n美国与日本合作。"));
        await AssertPairsMatchRelationsAsync();
        Assert.True(await _store.DeleteDocumentAsync(TestDocuments.Analyze(s_documents[3].Name, s_documents[3].Text).Id));
        await AssertPairsMatchRelationsAsync();
    }

    [Fact]
    public async Task mention_tallies_equal_the_counted_mentions_after_inserts_a_replacement_a_deletion_and_a_rebuild()
    {
        const string counted = "SELECT actor_id, count(*) FROM mentions WHERE actor_id IS NOT NULL GROUP BY actor_id";
        const string kept = "SELECT actor_id, mentions FROM actor_mentions";
        async Task AssertEqualAsync()
        {
            Assert.Equal(0, await ScalarAsync($"SELECT count(*) FROM ({counted} EXCEPT {kept})"));
            Assert.Equal(0, await ScalarAsync($"SELECT count(*) FROM ({kept} EXCEPT {counted})"));
            Assert.True(await ScalarAsync("SELECT count(*) FROM actor_mentions") > 3);
        }

        foreach (var (name, text) in s_documents) await _store.IngestAsync(TestDocuments.Analyze(name, text));
        await AssertEqualAsync();
        await _store.IngestAsync(TestDocuments.Analyze(s_documents[0].Name, s_documents[1].Text + "\n美国与日本合作。"));
        await AssertEqualAsync();
        Assert.True(await _store.DeleteDocumentAsync(TestDocuments.Analyze(s_documents[3].Name, s_documents[3].Text).Id));
        await AssertEqualAsync();

        await ExecuteAsync("DELETE FROM actor_mentions");
        await using var reopened = new SqliteGraphStore(_path);
        await reopened.InitializeAsync();
        await AssertEqualAsync();
        var us = await reopened.FindActorAsync("美国");
        Assert.Equal(await ScalarAsync("SELECT count(*) FROM mentions WHERE actor_id = 'COUNTRY:美国'"), us!.MentionCount);
    }

    [Fact]
    public async Task a_file_without_pair_sums_gains_them_when_opened()
    {
        foreach (var (name, text) in s_documents) await _store.IngestAsync(TestDocuments.Analyze(name, text));
        await ExecuteAsync("DELETE FROM relation_pairs");

        await using var reopened = new SqliteGraphStore(_path);
        await reopened.InitializeAsync();

        Assert.True(await ScalarAsync("SELECT count(*) FROM relation_pairs") > 3);
        await AssertPairsMatchRelationsAsync();
    }

    [Theory]
    [InlineData("UPDATE relation_pairs SET cooperation = cooperation + 1 WHERE (source_id, target_id) = (SELECT source_id, target_id FROM relation_pairs ORDER BY source_id, target_id LIMIT 1)")]
    [InlineData("UPDATE relation_pairs SET claims = claims + 1 WHERE (source_id, target_id) = (SELECT source_id, target_id FROM relation_pairs ORDER BY source_id, target_id LIMIT 1); UPDATE relation_pairs SET claims = claims - 1 WHERE (source_id, target_id) = (SELECT source_id, target_id FROM relation_pairs ORDER BY source_id DESC, target_id DESC LIMIT 1)")]
    [InlineData("UPDATE relation_pairs SET last_year = 1999 WHERE (source_id, target_id) = (SELECT source_id, target_id FROM relation_pairs ORDER BY source_id, target_id LIMIT 1)")]
    public async Task pair_sums_that_drifted_with_the_totals_unchanged_are_rebuilt_when_opened(string drift)
    {
        foreach (var (name, text) in s_documents) await _store.IngestAsync(TestDocuments.Analyze(name, text));
        await ExecuteAsync(drift);

        await using var reopened = new SqliteGraphStore(_path);
        await reopened.InitializeAsync();

        await AssertPairsMatchRelationsAsync();
    }

    [Fact]
    public async Task a_backup_without_pair_sums_restored_into_a_running_store_gains_them()
    {
        foreach (var (name, text) in s_documents) await _store.IngestAsync(TestDocuments.Analyze(name, text));
        var backup = _path + ".backup";
        try
        {
            // The backup is taken with the store closed (a loaded machine may still be checkpointing its writes); the
            // restore then goes into a store that runs.
            await _store.DisposeAsync();
            SqliteConnection.ClearAllPools();
            await SqliteBackup.BackupAsync(_path, backup, CancellationToken.None);
            _store = new SqliteGraphStore(_path);
            await _store.InitializeAsync();
            await using (var old = new SqliteConnection($"Data Source={backup};Pooling=False"))
            {
                await old.OpenAsync();
                await using var command = old.CreateCommand();
                command.CommandText = "DELETE FROM relation_pairs";
                await command.ExecuteNonQueryAsync();
            }

            await SqliteBackup.RestoreAsync(backup, _path, CancellationToken.None);

            Assert.True(await ScalarAsync("SELECT count(*) FROM relation_pairs") > 3);
            await AssertPairsMatchRelationsAsync();
            var us = await _store.FindActorAsync("美国");
            Assert.NotEmpty(await _store.PartnersAsync([us!.Id], 1));
        }
        finally
        {
            if (File.Exists(backup)) File.Delete(backup);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task partners_are_what_grouping_the_relation_rows_gives(int minClaims)
    {
        foreach (var (name, text) in s_documents) await _store.IngestAsync(TestDocuments.Analyze(name, text));
        var ids = new[] { "COUNTRY:美国", "COUNTRY:中国", "COUNTRY:日本" };

        var partners = await _store.PartnersAsync(ids, minClaims);

        // Per actor, in the order grouping gives (the API ranks them afterwards with a stable sort).
        var rows = await _store.RelationsAsync(ids, 1);
        foreach (var id in ids)
        {
            var expected = PartnerRecord.Group(id, rows, minClaims)
                .Select(g => (g.OtherId, g.Direction, g.Rows.Sum(r => r.Claims), g.Rows.Sum(r => r.Cooperation), g.Rows.Sum(r => r.Conflict), g.Rows.Min(r => r.FirstYear))).ToList();
            Assert.NotEmpty(expected);
            Assert.Equal(expected, partners.Where(p => p.ActorId == id).Select(p => (p.Other.Id, p.Direction, p.Claims, p.Cooperation, p.Conflict, p.FirstYear)).ToList());
        }
        var others = (await _store.ActorsByIdAsync(partners.Select(p => p.Other.Id).Distinct().ToList())).ToDictionary(a => a.Id);
        Assert.All(partners, p => Assert.Equal(others[p.Other.Id], p.Other));
    }

    [Fact]
    public async Task the_store_version_moves_with_every_write_including_another_process_s()
    {
        var start = await _store.VersionAsync();
        Assert.NotNull(start);
        Assert.Equal(start, await _store.VersionAsync());

        await _store.IngestAsync(TestDocuments.Analyze(s_documents[0].Name, s_documents[0].Text));
        var afterIngest = await _store.VersionAsync();
        Assert.NotEqual(start, afterIngest);

        // Another store over the same file stands for another process writing it.
        await using (var other = new SqliteGraphStore(_path))
        {
            await other.IngestAsync(TestDocuments.Analyze(s_documents[1].Name, s_documents[1].Text));
        }
        var afterOther = await _store.VersionAsync();
        Assert.NotEqual(afterIngest, afterOther);
        Assert.Equal(afterOther, await _store.VersionAsync());
    }

    private async Task AssertPairsMatchRelationsAsync()
    {
        const string summed =
            "SELECT source_id, target_id, sum(claims), sum(cooperation), sum(conflict), min(first_year), max(last_year) FROM relations GROUP BY source_id, target_id";
        const string stored = "SELECT source_id, target_id, claims, cooperation, conflict, first_year, last_year FROM relation_pairs";
        Assert.Equal(0, await ScalarAsync($"SELECT count(*) FROM ({summed} EXCEPT {stored})"));
        Assert.Equal(0, await ScalarAsync($"SELECT count(*) FROM ({stored} EXCEPT {summed})"));
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        connection.Open();
        return connection;
    }
}
