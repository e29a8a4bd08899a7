using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Segment;

/// <summary>Stage 2 for pre-split input (extract --sentences, eval): the whole text is one sentence.</summary>
public sealed class WholeTextSegmenter(ClauseSegmenter clauses) : IDocumentStage
{
    public string Name => "segment-whole";
    public Facet Requires => Facet.Normalized;
    public Facet Produces => Facet.Sentences;

    public AnalyzedDocument Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        var normalized = document.RequireNormalized();
        var span = new Span(0, normalized.Text.Length);
        var sentence = new Sentence(0, normalized.Text, span, normalized.ToOriginal(span), clauses.Split(normalized.Text, span));
        return document with { Sentences = normalized.Text.Length == 0 ? [] : [sentence] };
    }
}
