using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Resolve;

/// <summary>A time counted from a holder's start (拜登上任百日), found at <see cref="At"/> in the normalized text.</summary>
public sealed record TenureTime(int At, ClaimTime Time);
