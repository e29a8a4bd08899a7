namespace ClaimGraph.Core.Documents;

/// <summary>A document as handed to the pipeline: its original text and what the caller knows about it.</summary>
public sealed record DocumentInput(string Name, string Text)
{
    public string? Title { get; init; }
    public IReadOnlyList<string> Authors { get; init; } = [];
    public string? PublishedAt { get; init; }
    public string? Url { get; init; }
}
