using ClaimGraph.Storage.Contract.Support;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite.Tests;

/// <summary>
/// The actor tallies (names with mention counts, claims per actor) must always equal what counting the mentions and
/// claims gives, through inserts, replacements and deletions, and a file without them must gain them when opened.
/// </summary>
public sealed class SqliteActorTalliesTests : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "claimgraph-tests", $"tallies-{Guid.NewGuid():N}.db");
    private SqliteGraphStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = new SqliteGraphStore(_path);
        await _store.InitializeAsync();
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
            if (File.Exists(file)) File.Delete(file);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task tallies_and_relations_equal_the_counted_rows_after_inserts_a_replacement_and_a_deletion()
    {
        (string Name, string Text)[] documents =
        [
            ("a.txt", "美国对中国实施遏制。美方表示将与日本合作。华盛顿反对俄罗斯的做法。"),
            ("b.txt", "中国支持东盟推动RCEP。美国与日本加强同盟，美方遏制中国。"),
            ("c.txt", "拜登政府延续特朗普政府的对华政策。美国同韩国合作。"),
            ("d.txt", "日本与澳大利亚合作。俄罗斯反对北约东扩，美国支持乌克兰。"),
        ];
        foreach (var (name, text) in documents) await _store.IngestAsync(TestDocuments.Analyze(name, text));
        await AssertTalliesMatchRowsAsync();
        Assert.True(await ScalarAsync("SELECT count(*) FROM actor_claims") > 1);

        // A new text under the first name replaces that document; the last is deleted.
        await _store.IngestAsync(TestDocuments.Analyze(documents[0].Name, documents[1].Text + "\n美国与日本合作。"));
        await AssertTalliesMatchRowsAsync();
        var last = TestDocuments.Analyze(documents[3].Name, documents[3].Text);
        Assert.True(await _store.DeleteDocumentAsync(last.Id));
        await AssertTalliesMatchRowsAsync();
    }

    [Fact]
    public async Task actor_counts_and_aliases_are_read_from_the_tallies()
    {
        await _store.IngestAsync(TestDocuments.Sample());
        var actor = await _store.FindActorAsync("美国");

        Assert.NotNull(actor);
        var (mentions, claims) = await CountedAsync(actor.Id);
        Assert.Equal(mentions, actor.MentionCount);
        Assert.Equal(claims, actor.ClaimCount);
        Assert.True(actor.MentionCount > 0);
        var aliases = await _store.AliasesAsync([actor.Id]);
        Assert.Equal(mentions, aliases.Sum(a => a.Count));
    }

    [Fact]
    public async Task a_file_without_tallies_gains_them_when_opened()
    {
        await _store.IngestAsync(TestDocuments.Sample());
        await ExecuteAsync("DELETE FROM actor_aliases; DELETE FROM actor_claims;");

        await using var reopened = new SqliteGraphStore(_path);
        await reopened.InitializeAsync();

        await AssertTalliesMatchRowsAsync();
        Assert.True(await ScalarAsync("SELECT count(*) FROM actor_aliases") > 0);
    }

    private async Task AssertTalliesMatchRowsAsync()
    {
        // Relations too are kept in step incrementally for new documents: they must equal the aggregate of the claims.
        const string aggregate =
            """
            SELECT subject_id, object_id, predicate, negated, count(*), sum(cooperation), sum(conflict), min(time_year), max(time_year)
            FROM claims WHERE object_id IS NOT NULL GROUP BY subject_id, object_id, predicate, negated
            """;
        const string stored = "SELECT source_id, target_id, predicate, negated, claims, cooperation, conflict, first_year, last_year FROM relations";
        Assert.Equal(0, await ScalarAsync($"SELECT count(*) FROM ({aggregate} EXCEPT {stored})"));
        Assert.Equal(0, await ScalarAsync($"SELECT count(*) FROM ({stored} EXCEPT {aggregate})"));
        Assert.Equal(0, await ScalarAsync(
            """
            SELECT count(*) FROM (
                SELECT actor_id, text, count(*) AS n FROM mentions WHERE actor_id IS NOT NULL GROUP BY actor_id, text
                EXCEPT SELECT actor_id, text, mentions FROM actor_aliases)
            """));
        Assert.Equal(0, await ScalarAsync(
            """
            SELECT count(*) FROM (
                SELECT actor_id, text, mentions FROM actor_aliases
                EXCEPT SELECT actor_id, text, count(*) FROM mentions WHERE actor_id IS NOT NULL GROUP BY actor_id, text)
            """));
        Assert.Equal(0, await ScalarAsync(
            """
            SELECT count(*) FROM (
                SELECT a.id, (SELECT count(*) FROM claims c WHERE c.subject_id = a.id OR c.object_id = a.id) AS n FROM actors a WHERE n > 0
                EXCEPT SELECT actor_id, claims FROM actor_claims)
            """));
        Assert.Equal(await ScalarAsync("SELECT count(*) FROM actor_claims"),
            await ScalarAsync("SELECT count(*) FROM actors a WHERE EXISTS (SELECT 1 FROM claims c WHERE c.subject_id = a.id OR c.object_id = a.id)"));
    }

    private async Task<(long Mentions, long Claims)> CountedAsync(string actorId) =>
        (await ScalarAsync($"SELECT count(*) FROM mentions WHERE actor_id = '{actorId}'"),
         await ScalarAsync($"SELECT count(*) FROM claims WHERE subject_id = '{actorId}' OR object_id = '{actorId}'"));

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _path, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
