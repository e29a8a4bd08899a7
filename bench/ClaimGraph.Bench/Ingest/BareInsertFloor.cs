using ClaimGraph.Core.Documents;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Bench.Ingest;

/// <summary>
/// The floor under ingest: the same documents, sentences, mentions, claims and argument links written by prepared
/// INSERTs into plain tables (no index, no full-text index, no relations) inside one transaction for the whole run.
/// </summary>
public sealed class BareInsertFloor : IAsyncDisposable
{
    private const string Schema = """
        CREATE TABLE documents (id TEXT PRIMARY KEY, name TEXT, title TEXT, text TEXT);
        CREATE TABLE sentences (document_id TEXT, idx INTEGER, start INTEGER, end INTEGER, text TEXT);
        CREATE TABLE mentions (document_id TEXT, id INTEGER, sentence INTEGER, start INTEGER, end INTEGER, text TEXT, type TEXT, actor TEXT);
        CREATE TABLE claims (document_id TEXT, id INTEGER, sentence INTEGER, subject INTEGER, predicate TEXT, object INTEGER, negated INTEGER, modality TEXT, cue_start INTEGER, cue_end INTEGER, cooperation REAL, conflict REAL);
        CREATE TABLE links (document_id TEXT, kind TEXT, from_sentence INTEGER, to_sentence INTEGER);
        """;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _document, _sentence, _mention, _claim, _link;

    private BareInsertFloor(SqliteConnection connection)
    {
        _connection = connection;
        using (var create = connection.CreateCommand())
        {
            create.CommandText = Schema;
            create.ExecuteNonQuery();
        }
        _transaction = connection.BeginTransaction();
        _document = Prepare("INSERT INTO documents VALUES ($1, $2, $3, $4)", 4);
        _sentence = Prepare("INSERT INTO sentences VALUES ($1, $2, $3, $4, $5)", 5);
        _mention = Prepare("INSERT INTO mentions VALUES ($1, $2, $3, $4, $5, $6, $7, $8)", 8);
        _claim = Prepare("INSERT INTO claims VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)", 12);
        _link = Prepare("INSERT INTO links VALUES ($1, $2, $3, $4)", 4);
    }

    public static BareInsertFloor Open(string path)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        return new BareInsertFloor(connection);
    }

    public void Write(AnalyzedDocument d)
    {
        Run(_document, d.Id, d.Input.Name, d.Title, d.Original);
        foreach (var s in d.Sentences) Run(_sentence, d.Id, s.Index, s.Original.Start, s.Original.End, s.Text);
        foreach (var m in d.Mentions) Run(_mention, d.Id, m.Id, m.Sentence, m.Original.Start, m.Original.End, m.Text, m.Type.ToString(), m.Actor?.Key);
        foreach (var c in d.Claims)
            Run(_claim, d.Id, c.Id, c.Sentence, c.Subject, c.Predicate.ToString(), c.Object, c.Negated ? 1 : 0, c.Modality.ToString(), c.Cue.Start, c.Cue.End, c.Cooperation, c.Conflict);
        foreach (var l in d.Links) Run(_link, d.Id, l.Kind.ToString(), l.FromSentence, l.ToSentence);
    }

    public void Commit() => _transaction.Commit();

    private SqliteCommand Prepare(string sql, int parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++) command.Parameters.Add(new SqliteParameter($"${i}", null));
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        command.ExecuteNonQuery();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var c in new[] { _document, _sentence, _mention, _claim, _link }) await c.DisposeAsync();
        await _transaction.DisposeAsync();
        await _connection.DisposeAsync();
    }
}
