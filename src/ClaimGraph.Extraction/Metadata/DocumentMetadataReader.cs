using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Extraction.Segment;

namespace ClaimGraph.Extraction.Metadata;

/// <summary>
/// Reads the title and the authors a document states: author lines in footnotes become the author of the
/// section whose heading carried the marker; a 作者简介 byline is read the same way. Values the caller gave win.
/// </summary>
public sealed class DocumentMetadataReader(AuthorLineParser parser) : IDocumentStage
{
    private const int MinTitleLength = 4;
    private const int TitleSearchDepth = 8;

    public string Name => "metadata";
    public Facet Requires => Facet.Sentences;
    public Facet Produces => Facet.None;

    public AnalyzedDocument Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        var authors = document.Input.Authors.Select(a => new Author(a, null, null, null)).ToList();
        foreach (var note in document.Notes)
            if (parser.Parse(note.Text, SectionOf(document, note)) is { } author) authors.Add(author);
        foreach (var sentence in document.Sentences.Where(s => s.Text.StartsWith("作者简介", StringComparison.Ordinal)))
            if (parser.Parse(sentence.Text, null) is { } author) authors.Add(author);
        return document with
        {
            Title = document.Input.Title ?? DetectTitle(document),
            Authors = authors.DistinctBy(a => (a.Name, a.Section)).ToList(),
        };
    }

    /// <summary>The heading the note's marker was attached to, if it was attached to a heading.</summary>
    private static string? SectionOf(AnalyzedDocument document, Note note)
    {
        if (note.ReferencedAt is not { } at) return null;
        var sentence = document.Sentences.LastOrDefault(s => s.Original.Start <= at);
        return sentence is not null && Headings.IsHeading(sentence) ? sentence.Text : null;
    }

    /// <summary>The first heading near the top that is not an enumerated section heading (（一）…).</summary>
    private static string? DetectTitle(AnalyzedDocument document) =>
        document.Sentences.Take(TitleSearchDepth).FirstOrDefault(s => Headings.IsHeading(s) && s.Text.Length >= MinTitleLength && !s.Text.StartsWith('（'))?.Text;
}
