using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Resolve;

/// <summary>
/// Gives each claim its time: what its sentence says (read against the document date, or counted from a holder's
/// start as in 拜登上任百日), else the document date.
/// </summary>
public sealed class ClaimTimer(Offices offices) : IDocumentStage
{
    private readonly TenureTimeReader _tenures = new(offices);

    public string Name => "time";
    public Facet Requires => Facet.Claims;
    public Facet Produces => Facet.None;

    public AnalyzedDocument Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        var key = document.RequireNormalized().Key;
        var documentDate = document.Date?.Value;
        var sentences = document.Sentences.ToDictionary(s => s.Index);
        var tenuresBySentence = new Dictionary<int, IReadOnlyList<TenureTime>>();
        IReadOnlyList<TenureTime> TenuresIn(Sentence s) =>
            tenuresBySentence.TryGetValue(s.Index, out var found) ? found : tenuresBySentence[s.Index] = _tenures.Read(document, s);
        return document with
        {
            Claims = document.Claims.Select(c => c with
            {
                Time = ClaimTimeFinder.Find(key, sentences[c.Sentence].Local, c.Cue.Start, documentDate, TenuresIn(sentences[c.Sentence]))
                    ?? (documentDate is { } d ? new ClaimTime(d, ClaimTimeSource.Document, null) : null),
            }).ToList(),
        };
    }
}
