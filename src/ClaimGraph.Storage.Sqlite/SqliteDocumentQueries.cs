using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>Document, sentence, note, mention and argument-link reads, and full-text search.</summary>
public sealed class SqliteDocumentQueries(SqliteDatabase database)
{
    /// <summary>The trigram tokenizer indexes three-character windows: shorter text is scanned instead.</summary>
    private const int MinTrigramLength = 3;

    public async Task<StoreStats> StatsAsync(CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        var rows = await connection.QueryAsync(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sentences), (SELECT count(*) FROM mentions), (SELECT count(*) FROM claims), (SELECT count(*) FROM actors), (SELECT count(*) FROM relations)",
            r => new StoreStats(r.GetInt32(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5)), ct);
        return rows[0];
    }

    public async Task<Page<DocumentRecord>> PageAsync(PageRequest page, CancellationToken ct)
    {
        var where = new SqlFilter();
        await using var connection = await database.OpenAsync(ct);
        var total = await connection.ScalarAsync<int>("SELECT count(*) FROM documents", ct);
        if (Cursor.Decode(page.After) is { } after) where.Where("d.name > ?", after);
        var rows = await connection.QueryAsync($"SELECT {SqliteRows.DocumentColumns} FROM documents d {where.Clause} ORDER BY d.name LIMIT {where.Next}",
            SqliteRows.Document, ct, where.With(page.First + 1));
        return new Page<DocumentRecord>(rows.Take(page.First).ToList(), rows.Count > page.First, total);
    }

    public async Task<IReadOnlyList<DocumentRecord>> ByIdAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync($"SELECT {SqliteRows.DocumentColumns} FROM documents d WHERE d.id IN ({SqliteCommands.InList(ids.Count)})",
            SqliteRows.Document, ct, [.. ids.Cast<object?>()]);
    }

    public async Task<IReadOnlyList<DocumentTextRecord>> OriginalTextsAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync($"SELECT id, original_text FROM documents WHERE id IN ({SqliteCommands.InList(ids.Count)})",
            r => new DocumentTextRecord(r.GetString(0), r.GetString(1)), ct, [.. ids.Cast<object?>()]);
    }

    public async Task<IReadOnlyList<AuthorRecord>> AuthorsAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            $"SELECT document_id, name, affiliation, role, section FROM authors WHERE document_id IN ({SqliteCommands.InList(ids.Count)}) ORDER BY document_id, position",
            r => new AuthorRecord(r.GetString(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4)), ct, [.. ids.Cast<object?>()]);
    }

    public async Task<IReadOnlyList<NoteRecord>> NotesAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            $"SELECT document_id, marker, text, start, end FROM notes WHERE document_id IN ({SqliteCommands.InList(ids.Count)}) ORDER BY document_id, position",
            r => new NoteRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4)), ct, [.. ids.Cast<object?>()]);
    }

    public async Task<IReadOnlyList<SentenceRecord>> SentencesAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync($"SELECT {SqliteRows.SentenceColumns} FROM sentences s WHERE s.id IN ({SqliteCommands.InList(ids.Count)})",
            SqliteRows.Sentence, ct, [.. ids.Cast<object?>()]);
    }

    public async Task<IReadOnlyList<SentenceRecord>> SentencesOfAsync(IReadOnlyCollection<string> documentIds, CancellationToken ct)
    {
        if (documentIds.Count == 0) return [];
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync($"SELECT {SqliteRows.SentenceColumns} FROM sentences s WHERE s.document_id IN ({SqliteCommands.InList(documentIds.Count)}) ORDER BY s.document_id, s.idx",
            SqliteRows.Sentence, ct, [.. documentIds.Cast<object?>()]);
    }

    public async Task<IReadOnlyList<MentionRecord>> MentionsAsync(string documentId, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync(
            "SELECT id, document_id, sentence_id, actor_id, text, surface, type, start, end, provenance, confidence FROM mentions WHERE document_id = $p0 ORDER BY start, id",
            r => new MentionRecord(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.NullableString(3), r.GetString(4), r.GetString(5), r.GetString(6),
                r.GetInt32(7), r.GetInt32(8), r.GetString(9), r.GetDouble(10)), ct, documentId);
    }

    public async Task<IReadOnlyList<SentenceHit>> SearchAsync(string text, int limit, CancellationToken ct)
    {
        await using var connection = await database.OpenAsync(ct);
        if (text.Length < MinTrigramLength)
            return await connection.QueryAsync($"SELECT {SqliteRows.SentenceColumns} FROM sentences s WHERE instr(s.text, $p0) > 0 ORDER BY s.id LIMIT $p1",
                r => new SentenceHit(SqliteRows.Sentence(r), 0), ct, text, limit);
        // The query is one quoted phrase, so FTS5 operators in user text are matched literally.
        var phrase = "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        // Ranked in the index alone, then only the hits kept are joined to their sentences.
        return await connection.QueryAsync(
            $"""
            SELECT {SqliteRows.SentenceColumns}, f.rank
            FROM (SELECT rowid, rank FROM sentences_fts WHERE sentences_fts MATCH $p0 ORDER BY rank, rowid LIMIT $p1) f
            JOIN sentences s ON s.id = f.rowid ORDER BY f.rank, s.id
            """,
            r => new SentenceHit(SqliteRows.Sentence(r), r.GetDouble(6)), ct, phrase, limit);
    }

    public async Task<IReadOnlyList<LinkRecord>> LinksForSentencesAsync(IReadOnlyCollection<long> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var connection = await database.OpenAsync(ct);
        var list = SqliteCommands.InList(ids.Count);
        return await connection.QueryAsync($"SELECT {SqliteRows.LinkColumns} FROM argument_links WHERE from_sentence_id IN ({list}) OR to_sentence_id IN ({list}) ORDER BY id",
            SqliteRows.Link, ct, [.. ids.Cast<object?>()]);
    }

    public async Task<IReadOnlyList<LinkRecord>> LinksForDocumentsAsync(IReadOnlyCollection<string> ids, CancellationToken ct)
    {
        if (ids.Count == 0) return [];
        await using var connection = await database.OpenAsync(ct);
        return await connection.QueryAsync($"SELECT {SqliteRows.LinkColumns} FROM argument_links WHERE document_id IN ({SqliteCommands.InList(ids.Count)}) ORDER BY id",
            SqliteRows.Link, ct, [.. ids.Cast<object?>()]);
    }
}
