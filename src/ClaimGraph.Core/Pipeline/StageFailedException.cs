namespace ClaimGraph.Core.Pipeline;

/// <summary>A document failed a stage; names the stage, the document and the reason.</summary>
public sealed class StageFailedException(string stage, string document, Exception inner)
    : Exception($"stage '{stage}' failed on '{document}': {inner.Message}", inner)
{
    public string Stage { get; } = stage;

    public string Document { get; } = document;
}
