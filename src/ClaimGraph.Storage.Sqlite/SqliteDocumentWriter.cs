using System.Globalization;
using ClaimGraph.Core.Documents;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// Writes one analyzed document in one transaction: nothing of it is visible until all of it is.
/// The same text again is a no-op; a new text under an existing name replaces the old one.
/// </summary>
public sealed class SqliteDocumentWriter(SqliteDatabase database)
{
    private readonly SemaphoreSlim _writer = new(1, 1);
    private readonly SqliteRelationDeriver _relations = new();

    public async Task<IngestOutcome> IngestAsync(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            // The same text with the same date is a no-op; a new date for it (given by the caller) re-times its claims.
            var stored = await transaction.ScalarAsync("SELECT COALESCE(date_value, '') || '|' || date_rule FROM documents WHERE id = $p0", cancellationToken, document.Id) as string;
            var date = document.Date ?? DocumentDate.Unknown("the document was not dated");
            if (stored == $"{date.Value}|{date.Rule}")
                return new IngestOutcome(document.Id, IngestStatus.Unchanged, document.Sentences.Count, document.Mentions.Count, document.Claims.Count);

            var previous = stored is not null ? document.Id
                : await transaction.ScalarAsync("SELECT id FROM documents WHERE name = $p0", cancellationToken, document.Input.Name) as string;
            var touched = new HashSet<(string, string)>();
            if (previous is not null)
            {
                touched.UnionWith(await _relations.PairsOfAsync(transaction, previous, cancellationToken));
                await SqliteActorTallies.SubtractAsync(transaction, previous, cancellationToken);
                await transaction.ExecuteAsync("DELETE FROM documents WHERE id = $p0", cancellationToken, previous);
            }
            await WriteAsync(transaction, document, touched, cancellationToken);
            await SqliteActorTallies.AddAsync(transaction, document.Id, cancellationToken);
            // A replacement recomputes every pair the old or new text touches; a new document only adds to its pairs.
            if (previous is not null) await _relations.RecomputeAsync(transaction, touched, cancellationToken);
            else await _relations.AddDocumentAsync(transaction, document.Id, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            var status = previous is null ? IngestStatus.Inserted : IngestStatus.Replaced;
            return new IngestOutcome(document.Id, status, document.Sentences.Count, document.Mentions.Count, document.Claims.Count);
        }
        finally
        {
            _writer.Release();
        }
    }

    public async Task<bool> DeleteAsync(string documentId, CancellationToken cancellationToken)
    {
        await _writer.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken);
            await using var transaction = connection.BeginTransaction(deferred: false);
            var pairs = await _relations.PairsOfAsync(transaction, documentId, cancellationToken);
            await SqliteActorTallies.SubtractAsync(transaction, documentId, cancellationToken);
            var deleted = await transaction.ExecuteAsync("DELETE FROM documents WHERE id = $p0", cancellationToken, documentId);
            await _relations.RecomputeAsync(transaction, pairs, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return deleted > 0;
        }
        finally
        {
            _writer.Release();
        }
    }

    private static async Task WriteAsync(SqliteTransaction tx, AnalyzedDocument doc, HashSet<(string, string)> touched, CancellationToken ct)
    {
        var input = doc.Input;
        var date = doc.Date ?? DocumentDate.Unknown("the document was not dated");
        await tx.ExecuteAsync(
            """
            INSERT INTO documents (id, name, title, url, published_at, year, date_value, date_precision, date_rule, date_confidence,
                date_evidence_start, date_evidence_end, date_evidence, date_unknown_reason, original_text, normalized_text, ingested_at)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16)
            """,
            ct, doc.Id, input.Name, doc.Title, input.Url, input.PublishedAt, date.Value?.Year, date.Value?.ToString(), PrecisionName(date.Value?.Precision),
            date.Rule, date.Confidence, date.Evidence?.Start, date.Evidence?.End, date.Evidence is { } e ? doc.Original[e.Start..e.End] : null,
            date.UnknownReason, doc.Original, doc.RequireNormalized().Text, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        for (var i = 0; i < doc.Authors.Count; i++)
        {
            var a = doc.Authors[i];
            await tx.ExecuteAsync("INSERT INTO authors (document_id, position, name, affiliation, role, section) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)",
                ct, doc.Id, i, a.Name, a.Affiliation, a.Role, a.Section);
        }
        for (var i = 0; i < doc.Notes.Count; i++)
        {
            var n = doc.Notes[i];
            await tx.ExecuteAsync("INSERT INTO notes (document_id, position, marker, text, start, end, referenced_at) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6)",
                ct, doc.Id, i, n.Marker, n.Text, n.Original.Start, n.Original.End, n.ReferencedAt);
        }
        var sentenceIds = new Dictionary<int, long>();
        foreach (var s in doc.Sentences)
            sentenceIds[s.Index] = await tx.InsertAsync("INSERT INTO sentences (document_id, idx, text, start, end) VALUES ($p0, $p1, $p2, $p3, $p4)",
                ct, doc.Id, s.Index, s.Text, s.Original.Start, s.Original.End);

        // One row per actor; its English name and QID may come from any of its mentions (马凯硕（Kishore Mahbubani）).
        var actors = doc.Mentions.Select(m => m.Actor).OfType<ActorRef>().GroupBy(a => a.Key)
            .Select(g => g.First() with { English = g.Select(a => a.English).FirstOrDefault(e => e is not null), Qid = g.Select(a => a.Qid).FirstOrDefault(q => q is not null) });
        foreach (var actor in actors)
            await tx.ExecuteAsync(
                "INSERT INTO actors (id, name, type, english, qid) VALUES ($p0, $p1, $p2, $p3, $p4) ON CONFLICT(id) DO UPDATE SET english = COALESCE(actors.english, excluded.english), qid = COALESCE(actors.qid, excluded.qid)",
                ct, actor.Key, actor.Name, ContractNames.Of(actor.Type), actor.English, actor.Qid);

        var mentionIds = new Dictionary<int, long>();
        foreach (var m in doc.Mentions)
            mentionIds[m.Id] = await tx.InsertAsync(
                "INSERT INTO mentions (document_id, sentence_id, actor_id, text, surface, type, start, end, provenance, confidence) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9)",
                ct, doc.Id, sentenceIds[m.Sentence], m.Actor?.Key, m.Text, doc.Original[m.Original.Start..m.Original.End], ContractNames.Of(m.Type),
                m.Original.Start, m.Original.End, m.Provenance.Source, m.Provenance.Confidence);

        foreach (var t in doc.Titles)
        {
            var span = doc.RequireNormalized().ToOriginal(t.Local);
            await tx.ExecuteAsync(
                """
                INSERT INTO title_references (document_id, sentence_id, title, office, at, holder_id, holder_name, holder_qid, named_id, consistent, start, end)
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11)
                """,
                ct, doc.Id, sentenceIds[t.Sentence], t.Title, t.Office, t.At?.ToString(), t.Holder?.Key, t.Holder?.Name, t.Holder?.Qid, t.Named?.Key,
                t.Consistent ? 1 : 0, span.Start, span.End);
        }

        var mentions = doc.Mentions.ToDictionary(m => m.Id);
        var text = doc.RequireNormalized().Text;
        foreach (var c in doc.Claims)
        {
            var subject = mentions[c.Subject];
            var obj = c.Object is { } o ? mentions[o] : null;
            var source = c.Source is { } s ? mentions[s] : null;
            await tx.ExecuteAsync(
                """
                INSERT INTO claims (document_id, sentence_id, subject_mention_id, object_mention_id, source_mention_id, subject_id, object_id, source_id,
                    predicate, negated, modality, cue, cue_start, cue_end, year, cooperation, conflict, provenance, confidence,
                    time, time_precision, time_year, time_source, time_expression)
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17, $p18, $p19, $p20, $p21, $p22, $p23)
                """,
                ct, doc.Id, sentenceIds[c.Sentence], mentionIds[c.Subject], obj is null ? null : mentionIds[obj.Id], source is null ? null : mentionIds[source.Id],
                subject.Actor!.Key, obj?.Actor?.Key, source?.Actor?.Key, ContractNames.Of(c.Predicate), c.Negated ? 1 : 0, ContractNames.Of(c.Modality),
                text[c.Cue.Start..c.Cue.End], doc.RequireNormalized().ToOriginal(c.Cue).Start, doc.RequireNormalized().ToOriginal(c.Cue).End,
                c.Year, c.Cooperation, c.Conflict, c.Provenance.Source, c.Provenance.Confidence,
                c.Time?.Date.ToString(), PrecisionName(c.Time?.Date.Precision), c.Time?.Date.Year, c.Time is { } t ? t.Source.ToString().ToUpperInvariant() : null, c.Time?.Expression);
            if (obj?.Actor is { } target) touched.Add((subject.Actor.Key, target.Key));
        }

        foreach (var l in doc.Links)
        {
            var map = doc.RequireNormalized();
            var from = map.ToOriginal(l.From);
            var to = map.ToOriginal(l.To);
            await tx.ExecuteAsync(
                "INSERT INTO argument_links (document_id, kind, from_sentence_id, from_start, from_end, to_sentence_id, to_start, to_end, from_text, to_text, cue, provenance) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11)",
                ct, doc.Id, ContractNames.Of(l.Kind), sentenceIds[l.FromSentence], from.Start, from.End, sentenceIds[l.ToSentence], to.Start, to.End,
                text[l.From.Start..l.From.End], text[l.To.Start..l.To.End], l.Cue, l.Provenance.Source);
        }
    }

    private static string? PrecisionName(DatePrecision? precision) => precision?.ToString().ToUpperInvariant();
}
