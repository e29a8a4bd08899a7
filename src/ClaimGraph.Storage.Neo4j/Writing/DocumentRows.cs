using System.Globalization;
using ClaimGraph.Core.Documents;
using ClaimGraph.Storage.Neo4j.Cypher;
using static ClaimGraph.Storage.Neo4j.Cypher.CypherStatements;

namespace ClaimGraph.Storage.Neo4j.Writing;

/// <summary>
/// Turns one analyzed document into the batched statements that write it: the document with its date, its authors,
/// notes and sentences, its actors (merged), mentions, claims with their actors and times, office titles read as their
/// holders, argument links, and the claims each link joins.
/// Ids come from the blocks the transaction allocated, in the document's own order (as the SQLite store numbers them).
/// </summary>
public sealed class DocumentRows(AnalyzedDocument document, IdBlocks ids)
{
    private readonly Dictionary<int, Mention> _mentions = document.Mentions.ToDictionary(m => m.Id);
    private readonly Dictionary<int, long> _sentenceIds = document.Sentences.Select((s, i) => (s.Index, Id: ids.Sentence + i)).ToDictionary(x => x.Index, x => x.Id);

    private long SentenceId(int index) => _sentenceIds[index];

    /// <summary>The (subject, object) actor pairs the document's claims join; their relations need recomputing.</summary>
    public static IEnumerable<(string Source, string Target)> PairsOf(AnalyzedDocument document)
    {
        var mentions = document.Mentions.ToDictionary(m => m.Id);
        foreach (var claim in document.Claims)
            if (claim.Object is { } o && mentions[o].Actor is { } target)
                yield return (mentions[claim.Subject].Actor!.Key, target.Key);
    }

    public IEnumerable<CypherCall> Calls()
    {
        var id = ("document", (object?)document.Id);
        yield return CreateDocument();
        if (document.Authors.Count > 0) yield return Ingest.CreateAuthors.With(id, ("rows", Authors()));
        if (document.Notes.Count > 0) yield return Ingest.CreateNotes.With(id, ("rows", Notes()));
        if (document.Sentences.Count > 0) yield return Ingest.CreateSentences.With(id, ("rows", Sentences()));
        foreach (var group in Actors().GroupBy(a => a.Type))
            yield return MergeStatement(group.Key).With(("rows", group.Select(a => a.Row).ToList()));
        if (document.Mentions.Count > 0) yield return Ingest.CreateMentions.With(id, ("rows", Mentions()));
        if (document.Claims.Count > 0)
        {
            yield return Ingest.CreateClaims.With(id, ("rows", Claims()));
            if (ClaimActors(c => c.Object) is { Count: > 0 } objects) yield return Ingest.LinkObjects.With(("rows", objects));
            if (ClaimActors(c => c.Source) is { Count: > 0 } sources) yield return Ingest.LinkSources.With(("rows", sources));
        }
        if (document.Titles.Count > 0) yield return Ingest.CreateTitleReferences.With(id, ("rows", TitleReferences()));
        if (document.Links.Count > 0)
        {
            yield return Ingest.CreateArgumentLinks.With(id, ("rows", Links()));
            foreach (var kind in Enum.GetValues<LinkKind>())
                if (LinkedClaims(kind) is { Count: > 0 } pairs) yield return LinkStatement(kind).With(("rows", pairs));
        }
    }

    /// <summary>A document the pipeline did not date is stored as one with no date, as the SQLite store does.</summary>
    public static DocumentDate DateOf(AnalyzedDocument document) => document.Date ?? DocumentDate.Unknown("the document was not dated");

    private CypherCall CreateDocument()
    {
        var input = document.Input;
        var date = DateOf(document);
        return Ingest.CreateDocument.With(
            ("id", document.Id), ("name", input.Name), ("title", document.Title), ("url", input.Url), ("publishedAt", input.PublishedAt),
            ("year", date.Value?.Year), ("dateValue", date.Value?.ToString()), ("datePrecision", PrecisionOf(date.Value)), ("dateRule", date.Rule),
            ("dateConfidence", date.Confidence), ("dateEvidenceStart", date.Evidence?.Start), ("dateEvidenceEnd", date.Evidence?.End),
            ("dateEvidence", date.Evidence is { } e ? document.Original[e.Start..e.End] : null), ("dateUnknownReason", date.UnknownReason),
            ("originalText", document.Original), ("normalizedText", document.RequireNormalized().Text),
            ("ingestedAt", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)), ("sentenceCount", document.Sentences.Count),
            ("claimCount", document.Claims.Count), ("tokenCount", document.Sentences.Sum(s => (long)TrigramText.Tokens(s.Text))));
    }

    private List<Dictionary<string, object?>> Authors() => document.Authors.Select((a, i) => new Dictionary<string, object?>
    {
        ["position"] = i, ["name"] = a.Name, ["affiliation"] = a.Affiliation, ["role"] = a.Role, ["section"] = a.Section,
    }).ToList();

    private List<Dictionary<string, object?>> Notes() => document.Notes.Select((n, i) => new Dictionary<string, object?>
    {
        ["position"] = i, ["marker"] = n.Marker, ["text"] = n.Text, ["start"] = n.Original.Start, ["end"] = n.Original.End, ["referencedAt"] = n.ReferencedAt,
    }).ToList();

    private List<Dictionary<string, object?>> Sentences() => document.Sentences.Select(s => new Dictionary<string, object?>
    {
        ["id"] = SentenceId(s.Index), ["index"] = s.Index, ["text"] = s.Text, ["folded"] = TrigramText.Fold(s.Text),
        ["tokens"] = TrigramText.Tokens(s.Text), ["start"] = s.Original.Start, ["end"] = s.Original.End,
    }).ToList();

    /// <summary>One row per actor; its English name and QID may come from any of its mentions (马凯硕（Kishore Mahbubani）).</summary>
    private IEnumerable<(EntityType Type, Dictionary<string, object?> Row)> Actors() =>
        document.Mentions.Select(m => m.Actor).OfType<ActorRef>().GroupBy(a => a.Key).Select(g => (g.First().Type, new Dictionary<string, object?>
        {
            ["id"] = g.Key, ["name"] = g.First().Name, ["type"] = ContractNames.Of(g.First().Type),
            ["english"] = g.Select(a => a.English).FirstOrDefault(e => e is not null), ["qid"] = g.Select(a => a.Qid).FirstOrDefault(q => q is not null),
        }));

    private List<Dictionary<string, object?>> Mentions() => document.Mentions.Select((m, i) => new Dictionary<string, object?>
    {
        ["id"] = ids.Mention + i, ["sentence"] = SentenceId(m.Sentence), ["actor"] = m.Actor?.Key, ["text"] = m.Text,
        ["surface"] = document.Original[m.Original.Start..m.Original.End], ["type"] = ContractNames.Of(m.Type),
        ["start"] = m.Original.Start, ["end"] = m.Original.End, ["provenance"] = m.Provenance.Source, ["confidence"] = m.Provenance.Confidence,
    }).ToList();

    private long ClaimId(int position) => ids.Claim + position;

    private List<Dictionary<string, object?>> Claims()
    {
        var map = document.RequireNormalized();
        return document.Claims.Select((c, i) =>
        {
            var subject = _mentions[c.Subject];
            var obj = c.Object is { } o ? _mentions[o] : null;
            var cue = map.ToOriginal(c.Cue);
            return new Dictionary<string, object?>
            {
                ["id"] = ClaimId(i), ["sentence"] = SentenceId(c.Sentence), ["subject"] = subject.Actor!.Key, ["predicate"] = ContractNames.Of(c.Predicate),
                ["negated"] = c.Negated, ["modality"] = ContractNames.Of(c.Modality), ["cue"] = map.Text[c.Cue.Start..c.Cue.End],
                ["cueStart"] = cue.Start, ["cueEnd"] = cue.End, ["year"] = c.Year, ["cooperation"] = c.Cooperation, ["conflict"] = c.Conflict,
                ["provenance"] = c.Provenance.Source, ["confidence"] = c.Provenance.Confidence,
                ["subjectText"] = subject.Text, ["subjectType"] = ContractNames.Of(subject.Type), ["subjectStart"] = subject.Original.Start, ["subjectEnd"] = subject.Original.End,
                ["objectText"] = obj?.Text, ["objectType"] = obj is null ? null : ContractNames.Of(obj.Type), ["objectStart"] = obj?.Original.Start, ["objectEnd"] = obj?.Original.End,
                ["sourceText"] = c.Source is { } s ? _mentions[s].Text : null,
                ["time"] = c.Time?.Date.ToString(), ["timePrecision"] = PrecisionOf(c.Time?.Date), ["timeYear"] = c.Time?.Date.Year,
                ["timeSource"] = c.Time is { } t ? ContractNames.Of(t.Source) : null, ["timeExpression"] = c.Time?.Expression,
            };
        }).ToList();
    }

    /// <summary>Office titles with the holder they were read as; spans in the original text, as every stored offset.</summary>
    private List<Dictionary<string, object?>> TitleReferences()
    {
        var map = document.RequireNormalized();
        return document.Titles.Select((t, i) =>
        {
            var span = map.ToOriginal(t.Local);
            return new Dictionary<string, object?>
            {
                ["position"] = i, ["sentence"] = SentenceId(t.Sentence), ["title"] = t.Title, ["office"] = t.Office, ["at"] = t.At?.ToString(),
                ["holderId"] = t.Holder?.Key, ["holderName"] = t.Holder?.Name, ["holderQid"] = t.Holder?.Qid, ["namedId"] = t.Named?.Key,
                ["consistent"] = t.Consistent, ["start"] = span.Start, ["end"] = span.End,
            };
        }).ToList();
    }

    /// <summary>Claim → actor rows for the claims whose object (or source) mention names an actor.</summary>
    private List<Dictionary<string, object?>> ClaimActors(Func<Claim, int?> role) =>
        document.Claims.Select((c, i) => (Claim: ClaimId(i), Mention: role(c)))
            .Where(x => x.Mention is { } m && _mentions[m].Actor is not null)
            .Select(x => new Dictionary<string, object?> { ["claim"] = x.Claim, ["actor"] = _mentions[x.Mention!.Value].Actor!.Key })
            .ToList();

    private List<Dictionary<string, object?>> Links()
    {
        var map = document.RequireNormalized();
        return document.Links.Select((l, i) =>
        {
            var from = map.ToOriginal(l.From);
            var to = map.ToOriginal(l.To);
            return new Dictionary<string, object?>
            {
                ["id"] = ids.ArgumentLink + i, ["kind"] = ContractNames.Of(l.Kind), ["from"] = SentenceId(l.FromSentence), ["to"] = SentenceId(l.ToSentence),
                ["fromStart"] = from.Start, ["fromEnd"] = from.End, ["toStart"] = to.Start, ["toEnd"] = to.End,
                ["fromText"] = map.Text[l.From.Start..l.From.End], ["toText"] = map.Text[l.To.Start..l.To.End], ["cue"] = l.Cue, ["provenance"] = l.Provenance.Source,
            };
        }).ToList();
    }

    /// <summary>For each link of a kind, every claim in its first unit to every claim in its second.</summary>
    private List<Dictionary<string, object?>> LinkedClaims(LinkKind kind)
    {
        var map = document.RequireNormalized();
        var claims = document.Claims.Select((c, i) => (Id: ClaimId(i), Sentence: SentenceId(c.Sentence), CueStart: map.ToOriginal(c.Cue).Start)).ToList();
        var rows = new List<Dictionary<string, object?>>();
        foreach (var (link, i) in document.Links.Select((l, i) => (l, i)).Where(x => x.l.Kind == kind))
        {
            var from = map.ToOriginal(link.From);
            var to = map.ToOriginal(link.To);
            foreach (var a in claims.Where(c => ArgumentUnits.HoldsCue(SentenceId(link.FromSentence), from.Start, from.End, c.Sentence, c.CueStart)))
                foreach (var b in claims.Where(c => ArgumentUnits.HoldsCue(SentenceId(link.ToSentence), to.Start, to.End, c.Sentence, c.CueStart)))
                    rows.Add(new Dictionary<string, object?> { ["from"] = a.Id, ["to"] = b.Id, ["link"] = ids.ArgumentLink + i, ["cue"] = link.Cue });
        }
        return rows;
    }

    private static string? PrecisionOf(PartialDate? date) => date is null ? null : ContractNames.Of(date.Precision);

    private static CypherStatement MergeStatement(EntityType type) => type switch
    {
        EntityType.Country => Ingest.MergeCountries,
        EntityType.Person => Ingest.MergePeople,
        EntityType.Administration => Ingest.MergeAdministrations,
        EntityType.Organization => Ingest.MergeOrganizations,
        EntityType.Policy => Ingest.MergePolicies,
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    private static CypherStatement LinkStatement(LinkKind kind) => kind switch
    {
        LinkKind.Supports => Ingest.LinkSupportingClaims,
        LinkKind.Contrasts => Ingest.LinkContrastingClaims,
        LinkKind.Elaborates => Ingest.LinkElaboratingClaims,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
