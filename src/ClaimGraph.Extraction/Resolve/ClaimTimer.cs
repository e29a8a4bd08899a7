using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;

namespace ClaimGraph.Extraction.Resolve;

/// <summary>Gives each claim its time: what its sentence says (read against the document date), else the document date.</summary>
public sealed class ClaimTimer : IDocumentStage
{
    public string Name => "time";
    public Facet Requires => Facet.Claims;
    public Facet Produces => Facet.None;

    public AnalyzedDocument Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        var key = document.RequireNormalized().Key;
        var documentDate = document.Date?.Value;
        var sentences = document.Sentences.ToDictionary(s => s.Index);
        return document with
        {
            Claims = document.Claims.Select(c => c with
            {
                Time = ClaimTimeFinder.Find(key, sentences[c.Sentence].Local, c.Cue.Start, documentDate)
                    ?? (documentDate is { } d ? new ClaimTime(d, ClaimTimeSource.Document, null) : null),
            }).ToList(),
        };
    }
}
