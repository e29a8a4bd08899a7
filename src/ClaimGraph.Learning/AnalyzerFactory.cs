using ClaimGraph.Core.Pipeline;
using ClaimGraph.Extraction;

namespace ClaimGraph.Learning;

/// <summary>Builds the extraction pipelines the product runs: rules plus the shipped models, or rules alone.</summary>
public sealed class AnalyzerFactory(ExtractionLexicons lexicons, bool rulesOnly = false)
{
    public bool RulesOnly => rulesOnly;

    public DocumentPipeline ForDocuments() => ExtractionPipeline.ForDocuments(lexicons);

    public DocumentPipeline ForSentence() => ExtractionPipeline.ForSentence(lexicons);
}
