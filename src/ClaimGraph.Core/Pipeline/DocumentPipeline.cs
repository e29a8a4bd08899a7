using ClaimGraph.Core.Documents;

namespace ClaimGraph.Core.Pipeline;

/// <summary>An ordered list of stages, checked when built so that every stage has what it needs.</summary>
public sealed class DocumentPipeline : IDocumentAnalyzer
{
    private readonly IReadOnlyList<IDocumentStage> _stages;

    public DocumentPipeline(IEnumerable<IDocumentStage> stages)
    {
        _stages = stages.ToArray().AsReadOnly();
        var available = Facet.None;
        foreach (var stage in _stages)
        {
            var missing = stage.Requires & ~available;
            if (missing != Facet.None)
                throw new InvalidOperationException($"stage '{stage.Name}' needs {missing}, which no earlier stage produces.");
            available |= stage.Produces;
        }
    }

    public IReadOnlyList<string> StageNames => _stages.Select(s => s.Name).ToList();

    /// <summary>The stages in order, for callers that run or measure them one at a time (the bench's stage profile).</summary>
    public IReadOnlyList<IDocumentStage> Stages => _stages;

    public AnalyzedDocument Analyze(DocumentInput input, CancellationToken cancellationToken = default)
    {
        var document = new AnalyzedDocument(input);
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                document = stage.Process(document, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException and not StageFailedException)
            {
                throw new StageFailedException(stage.Name, input.Name, e);
            }
        }
        return document;
    }
}
