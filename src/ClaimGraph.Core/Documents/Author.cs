namespace ClaimGraph.Core.Documents;

/// <summary>An author as the document states them, with the section they wrote when the text says so.</summary>
public sealed record Author(string Name, string? Affiliation, string? Role, string? Section);
