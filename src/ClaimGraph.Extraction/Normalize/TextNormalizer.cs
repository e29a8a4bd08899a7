using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Normalize;

/// <summary>
/// Stage 1: turns PDF-extracted or web text into clean running text with a map back to the original:
/// markup stripped, page furniture dropped, footnotes pulled out as notes, hard line breaks joined, pinyin glosses
/// inside words and picture credits dropped.
/// </summary>
public sealed class TextNormalizer(MatchingKey key) : IDocumentStage
{
    private readonly MarkupStripper _markup = new();
    private readonly PageFurnitureFilter _furniture = new();
    private readonly FootnoteExtractor _footnotes = new();
    private readonly LineJoiner _joiner = new();
    private readonly FootnoteMarkerRemover _markers = new();
    private readonly RomanizationRemover _romanization = new();
    private readonly CreditRemover _credits = new();

    public string Name => "normalize";
    public Facet Requires => Facet.None;
    public Facet Produces => Facet.Normalized;

    public AnalyzedDocument Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        var stripped = _markup.Strip(MappedText.Identity(document.Original));
        var lines = new TextLines(stripped);
        _furniture.Mark(lines);
        var bodies = _footnotes.Extract(lines);
        var joined = _joiner.Join(lines);
        var clean = _credits.Remove(_romanization.Remove(_markers.Remove(joined, out var references)));

        var notes = bodies.Select(b => new Note(b.Marker, b.Text, b.Original, ReferenceBefore(references, b))).ToList();
        var map = new OffsetMap(clean.Map, document.Original.Length, clean.Ends);
        return document with
        {
            Normalized = new NormalizedText(clean.Text, key.Of(clean.Text), map),
            Notes = notes,
        };
    }

    /// <summary>The last reference to this marker that stands before the note's body.</summary>
    private static int? ReferenceBefore(IReadOnlyList<(string Marker, int Original)> references, FootnoteBody body)
    {
        int? found = null;
        foreach (var (marker, at) in references)
            if (marker == body.Marker && at < body.Original.Start) found = at;
        return found;
    }
}
