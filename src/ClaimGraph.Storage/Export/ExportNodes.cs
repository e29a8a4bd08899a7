using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Export;

/// <summary>How each record becomes a node or an edge: keys, labels (as in graph-schema/README.md), caption and properties.</summary>
public static class ExportNodes
{
    public static string DocumentKey(string id) => $"Document:{id}";

    public static string SentenceKey(long id) => $"Sentence:{id}";

    public static string ClaimKey(long id) => $"Claim:{id}";

    public static string TitleReferenceKey(string documentId, int start) => $"TitleReference:{documentId}:{start}";

    /// <summary>A document with its date as the store keeps it (dateValue … or dateUnknownReason).</summary>
    public static ExportNode Document(DocumentRecord d) => new(DocumentKey(d.Id), "Document", ["Document"], d.Title ?? d.Name, Properties(
        ("id", d.Id), ("name", d.Name), ("title", d.Title), ("url", d.Url), ("publishedAt", d.PublishedAt), ("ingestedAt", d.IngestedAt),
        ("sentenceCount", d.SentenceCount), ("claimCount", d.ClaimCount), ("dateValue", d.Date?.Value), ("datePrecision", d.Date?.Precision),
        ("dateRule", d.Date?.Rule), ("dateConfidence", d.Date?.Confidence), ("dateEvidenceStart", d.Date?.EvidenceStart),
        ("dateEvidenceEnd", d.Date?.EvidenceEnd), ("dateEvidence", d.Date?.Evidence), ("dateUnknownReason", d.Date?.UnknownReason)));

    public static ExportNode Sentence(SentenceRecord s) => new(SentenceKey(s.Id), "Sentence", ["Sentence"], s.Text, Properties(
        ("id", s.Id), ("documentId", s.DocumentId), ("index", s.Index), ("text", s.Text), ("start", s.Start), ("end", s.End)));

    /// <summary>Actors carry :Actor and their type's label; policies :Policy alone. Their ids are unique already (COUNTRY:美国).</summary>
    public static ExportNode Actor(ActorRecord a) => new(a.Id, "Actor", a.Type == "POLICY" ? ["Policy"] : ["Actor", TypeLabel(a.Type)], a.Name, Properties(
        ("id", a.Id), ("name", a.Name), ("type", a.Type), ("english", a.English), ("qid", a.Qid), ("mentionCount", a.MentionCount), ("claimCount", a.ClaimCount)));

    public static ExportNode Claim(ClaimRecord c) => new(ClaimKey(c.Id), "Claim", ["Claim"],
        $"{c.SubjectText} {(c.Negated ? "NOT " : "")}{c.Predicate}{(c.ObjectText is null ? "" : " " + c.ObjectText)}", Properties(
        ("id", c.Id), ("documentId", c.DocumentId), ("predicate", c.Predicate), ("negated", c.Negated), ("modality", c.Modality), ("cue", c.Cue),
        ("cueStart", c.CueStart), ("cueEnd", c.CueEnd), ("year", c.Year), ("cooperation", c.Cooperation), ("conflict", c.Conflict),
        ("provenance", c.Provenance), ("confidence", c.Confidence), ("subjectText", c.SubjectText), ("subjectStart", c.SubjectStart),
        ("subjectEnd", c.SubjectEnd), ("objectText", c.ObjectText), ("objectStart", c.ObjectStart), ("objectEnd", c.ObjectEnd), ("sourceText", c.SourceText),
        ("time", c.Time?.Value), ("timePrecision", c.Time?.Precision), ("timeYear", c.Time?.Year), ("timeSource", c.Time?.Source), ("timeExpression", c.Time?.Expression)));

    /// <summary>
    /// An office title read as its holder. A title is keyed by its document and offset (two titles never start at one
    /// offset); holderId and namedId are actor ids kept as properties, as the holder may be an actor no document names.
    /// </summary>
    public static ExportNode TitleReference(TitleReferenceRecord t) => new(TitleReferenceKey(t.DocumentId, t.Start), "TitleReference", ["TitleReference"],
        t.HolderName is null ? t.Title : $"{t.Title} ({t.HolderName})", Properties(
        ("id", $"{t.DocumentId}:{t.Start}"), ("documentId", t.DocumentId), ("title", t.Title), ("office", t.Office), ("at", t.At), ("holderId", t.HolderId),
        ("holderName", t.HolderName), ("holderQid", t.HolderQid), ("namedId", t.NamedId), ("consistent", t.Consistent), ("start", t.Start), ("end", t.End)));

    public static ExportEdge Edge(IReadOnlyDictionary<string, ExportNode> nodes, string source, string target, string type, IReadOnlyDictionary<string, object?>? properties = null) =>
        new(Node(nodes, source), Node(nodes, target), type, 1.0, properties ?? new Dictionary<string, object?>());

    /// <summary>The relation's weight is its claim count.</summary>
    public static ExportEdge Relation(IReadOnlyDictionary<string, ExportNode> nodes, RelationRecord r) =>
        new(Node(nodes, r.SourceId), Node(nodes, r.TargetId), "RELATION", r.Claims, Properties(
            ("predicate", r.Predicate), ("negated", r.Negated), ("claims", r.Claims), ("cooperation", r.Cooperation), ("conflict", r.Conflict),
            ("first", r.FirstYear), ("last", r.LastYear)));

    private static ExportNode Node(IReadOnlyDictionary<string, ExportNode> nodes, string key) =>
        nodes.TryGetValue(key, out var node) ? node : throw new InvalidOperationException($"the store names {key}, which it does not hold");

    private static string TypeLabel(string type) => type switch
    {
        "COUNTRY" => "Country",
        "PERSON" => "Person",
        "ADMINISTRATION" => "Administration",
        "ORGANIZATION" => "Organization",
        _ => throw new InvalidDataException($"unknown actor type {type}"),
    };

    private static IReadOnlyDictionary<string, object?> Properties(params (string Name, object? Value)[] values) => values.ToDictionary(v => v.Name, v => v.Value);
}
