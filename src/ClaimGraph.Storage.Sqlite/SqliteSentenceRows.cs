using ClaimGraph.Core.Documents;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// Inserts a document's sentences many rows per statement. Each sentence also goes into the FTS5 index (by the
/// sentences_ai trigger), and FTS5 writes its pending terms out as a new index segment whenever a statement in the
/// transaction begins, so one statement per sentence made one segment per sentence, merged again and again. Many rows
/// per statement make one segment per document; the rows, their ids and the index's content are the same.
/// </summary>
public sealed class SqliteSentenceRows(SqliteTransaction transaction) : IDisposable
{
    /// <summary>Rows per statement: 5 parameters each, far below SQLite's limit of 32,766.</summary>
    private const int MaxRows = 1000;

    private readonly Dictionary<int, SqlitePreparedStatement> _statements = [];

    /// <summary>Inserts the sentences in order (so they take the ids one at a time would); returns each index's row id.</summary>
    public Dictionary<int, long> Insert(string documentId, IReadOnlyList<Sentence> sentences)
    {
        var ids = new Dictionary<int, long>(sentences.Count);
        for (var start = 0; start < sentences.Count; start += MaxRows)
        {
            var count = Math.Min(MaxRows, sentences.Count - start);
            var values = new object?[count * 5];
            for (var i = 0; i < count; i++)
            {
                var s = sentences[start + i];
                (values[i * 5], values[i * 5 + 1], values[i * 5 + 2], values[i * 5 + 3], values[i * 5 + 4]) = (documentId, s.Index, s.Text, s.Original.Start, s.Original.End);
            }
            Statement(count).Read(values, row => ids.Add((int)row.Int64(0), row.Int64(1)));
        }
        return ids;
    }

    private SqlitePreparedStatement Statement(int rows)
    {
        if (_statements.TryGetValue(rows, out var statement)) return statement;
        var tuples = Enumerable.Range(0, rows).Select(r => $"($p{r * 5}, $p{r * 5 + 1}, $p{r * 5 + 2}, $p{r * 5 + 3}, $p{r * 5 + 4})");
        statement = new SqlitePreparedStatement(transaction, $"INSERT INTO sentences (document_id, idx, text, start, end) VALUES {string.Join(", ", tuples)} RETURNING idx, id", rows * 5);
        _statements[rows] = statement;
        return statement;
    }

    public void Dispose()
    {
        foreach (var statement in _statements.Values) statement.Dispose();
    }
}
