namespace ClaimGraph.Core.Pipeline;

/// <summary>The parts of a document a stage needs or fills, so the pipeline can check its order when built.</summary>
[Flags]
public enum Facet
{
    None = 0,
    Normalized = 1,
    Sentences = 2,
    Mentions = 4,
    Claims = 8,
    Links = 16,
    Actors = 32,
}
