using ClaimGraph.Core.Pipeline;
using ClaimGraph.Extraction;
using ClaimGraph.Learning.Models;

namespace ClaimGraph.Learning;

/// <summary>Builds the extraction pipelines the product runs: rules plus the trained models, or rules alone.</summary>
public sealed class AnalyzerFactory
{
    private readonly ExtractionLexicons _lexicons;
    private readonly ModelSet? _models;

    public AnalyzerFactory(ExtractionLexicons lexicons, bool rulesOnly = false, string? modelDirectory = null)
    {
        _lexicons = lexicons;
        _models = rulesOnly ? null : ModelSet.Load(modelDirectory);
    }

    public DocumentPipeline ForDocuments() => ExtractionPipeline.ForDocuments(_lexicons, _models?.Claims, _models?.Entities);

    public DocumentPipeline ForSentence() => ExtractionPipeline.ForSentence(_lexicons, _models?.Claims, _models?.Entities);
}
