namespace ClaimGraph.Learning.Models;

/// <summary>A reviewed candidate shape: its window with names as roles, its cue, and the analysts' label.</summary>
public sealed record ReviewedPattern(string Window, string Cue, string Label);
