using ClaimGraph.Core.Text;

namespace ClaimGraph.Core.Documents;

/// <summary>A footnote body pulled out of the flow.</summary>
/// <param name="Original">Selects the body in the source file.</param>
/// <param name="ReferencedAt">Original position of the marker in the running text that points to it, if found.</param>
public sealed record Note(string Marker, string Text, Span Original, int? ReferencedAt);
