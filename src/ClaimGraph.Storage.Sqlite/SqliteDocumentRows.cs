using System.Globalization;
using ClaimGraph.Core.Documents;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Sqlite;

/// <summary>
/// Writes a document's rows (the document, its authors, notes, sentences, actors, mentions, title references, claims
/// and argument links) through statements prepared once per transaction and reused for every row of every document
/// written in it.
/// </summary>
public sealed class SqliteDocumentRows : IDisposable
{
    private readonly SqlitePreparedStatement _document, _author, _note, _actor, _mention, _title, _claim, _link;
    private readonly SqliteSentenceRows _sentences;

    public SqliteDocumentRows(SqliteTransaction tx)
    {
        _document = new(tx,
            """
            INSERT INTO documents (id, name, title, url, published_at, year, date_value, date_precision, date_rule, date_confidence,
                date_evidence_start, date_evidence_end, date_evidence, date_unknown_reason, original_text, normalized_text, ingested_at)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16)
            """, 17);
        _author = new(tx, "INSERT INTO authors (document_id, position, name, affiliation, role, section) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)", 6);
        _note = new(tx, "INSERT INTO notes (document_id, position, marker, text, start, end, referenced_at) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6)", 7);
        _sentences = new SqliteSentenceRows(tx);
        _actor = new(tx,
            "INSERT INTO actors (id, name, type, english, qid) VALUES ($p0, $p1, $p2, $p3, $p4) ON CONFLICT(id) DO UPDATE SET english = COALESCE(actors.english, excluded.english), qid = COALESCE(actors.qid, excluded.qid)",
            5);
        _mention = new(tx,
            "INSERT INTO mentions (document_id, sentence_id, actor_id, text, surface, type, start, end, provenance, confidence) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9)",
            10);
        _title = new(tx,
            """
            INSERT INTO title_references (document_id, sentence_id, title, office, at, holder_id, holder_name, holder_qid, named_id, consistent, start, end)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11)
            """, 12);
        _claim = new(tx,
            """
            INSERT INTO claims (document_id, sentence_id, subject_mention_id, object_mention_id, source_mention_id, subject_id, object_id, source_id,
                predicate, negated, modality, cue, cue_start, cue_end, year, cooperation, conflict, provenance, confidence,
                time, time_precision, time_year, time_source, time_expression)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13, $p14, $p15, $p16, $p17, $p18, $p19, $p20, $p21, $p22, $p23)
            """, 24);
        _link = new(tx,
            "INSERT INTO argument_links (document_id, kind, from_sentence_id, from_start, from_end, to_sentence_id, to_start, to_end, from_text, to_text, cue, provenance) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11)",
            12);
    }

    /// <summary>Writes every row of the document; adds the actor pairs its claims relate to <paramref name="touched"/>.</summary>
    public void Write(AnalyzedDocument doc, HashSet<(string, string)> touched, CancellationToken ct)
    {
        var input = doc.Input;
        var normalized = doc.RequireNormalized();
        var date = doc.Date ?? DocumentDate.Unknown("the document was not dated");
        _document.Execute(doc.Id, input.Name, doc.Title, input.Url, input.PublishedAt, date.Value?.Year, date.Value?.ToString(), PrecisionName(date.Value?.Precision),
            date.Rule, date.Confidence, date.Evidence?.Start, date.Evidence?.End, date.Evidence is { } e ? doc.Original[e.Start..e.End] : null,
            date.UnknownReason, doc.Original, normalized.Text, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        for (var i = 0; i < doc.Authors.Count; i++)
        {
            var a = doc.Authors[i];
            _author.Execute(doc.Id, i, a.Name, a.Affiliation, a.Role, a.Section);
        }
        for (var i = 0; i < doc.Notes.Count; i++)
        {
            var n = doc.Notes[i];
            _note.Execute(doc.Id, i, n.Marker, n.Text, n.Original.Start, n.Original.End, n.ReferencedAt);
        }
        ct.ThrowIfCancellationRequested();
        var sentenceIds = _sentences.Insert(doc.Id, doc.Sentences);

        // One row per actor; its English name and QID may come from any of its mentions (马凯硕（Kishore Mahbubani）).
        var actors = doc.Mentions.Select(m => m.Actor).OfType<ActorRef>().GroupBy(a => a.Key)
            .Select(g => g.First() with { English = g.Select(a => a.English).FirstOrDefault(e => e is not null), Qid = g.Select(a => a.Qid).FirstOrDefault(q => q is not null) });
        foreach (var actor in actors)
            _actor.Execute(actor.Key, actor.Name, ContractNames.Of(actor.Type), actor.English, actor.Qid);

        ct.ThrowIfCancellationRequested();
        var mentionIds = new Dictionary<int, long>();
        foreach (var m in doc.Mentions)
            mentionIds[m.Id] = _mention.Insert(doc.Id, sentenceIds[m.Sentence], m.Actor?.Key, m.Text, doc.Original[m.Original.Start..m.Original.End], ContractNames.Of(m.Type),
                m.Original.Start, m.Original.End, m.Provenance.Source, m.Provenance.Confidence);

        foreach (var t in doc.Titles)
        {
            var span = normalized.ToOriginal(t.Local);
            _title.Execute(doc.Id, sentenceIds[t.Sentence], t.Title, t.Office, t.At?.ToString(), t.Holder?.Key, t.Holder?.Name, t.Holder?.Qid, t.Named?.Key,
                t.Consistent ? 1 : 0, span.Start, span.End);
        }

        ct.ThrowIfCancellationRequested();
        var mentions = doc.Mentions.ToDictionary(m => m.Id);
        var text = normalized.Text;
        foreach (var c in doc.Claims)
        {
            var subject = mentions[c.Subject];
            var obj = c.Object is { } o ? mentions[o] : null;
            var source = c.Source is { } s ? mentions[s] : null;
            var cue = normalized.ToOriginal(c.Cue);
            _claim.Execute(doc.Id, sentenceIds[c.Sentence], mentionIds[c.Subject], obj is null ? null : mentionIds[obj.Id], source is null ? null : mentionIds[source.Id],
                subject.Actor!.Key, obj?.Actor?.Key, source?.Actor?.Key, ContractNames.Of(c.Predicate), c.Negated ? 1 : 0, ContractNames.Of(c.Modality),
                text[c.Cue.Start..c.Cue.End], cue.Start, cue.End,
                c.Year, c.Cooperation, c.Conflict, c.Provenance.Source, c.Provenance.Confidence,
                c.Time?.Date.ToString(), PrecisionName(c.Time?.Date.Precision), c.Time?.Date.Year, c.Time is { } t ? t.Source.ToString().ToUpperInvariant() : null, c.Time?.Expression);
            if (obj?.Actor is { } target) touched.Add((subject.Actor.Key, target.Key));
        }

        foreach (var l in doc.Links)
        {
            var from = normalized.ToOriginal(l.From);
            var to = normalized.ToOriginal(l.To);
            _link.Execute(doc.Id, ContractNames.Of(l.Kind), sentenceIds[l.FromSentence], from.Start, from.End, sentenceIds[l.ToSentence], to.Start, to.End,
                text[l.From.Start..l.From.End], text[l.To.Start..l.To.End], l.Cue, l.Provenance.Source);
        }
    }

    private static string? PrecisionName(DatePrecision? precision) => precision?.ToString().ToUpperInvariant();

    public void Dispose()
    {
        foreach (var statement in new[] { _document, _author, _note, _actor, _mention, _title, _claim, _link }) statement.Dispose();
        _sentences.Dispose();
    }
}
