namespace ClaimGraph.Extraction.Lexicons;

/// <summary>A stretch when no listed holder held the office (an acting holder the gazetteer lacks, a removal), with who filled it.</summary>
public sealed record OfficeVacancy(DateOnly From, DateOnly To, string Note);
