using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Normalize;

/// <summary>A footnote as found in the text: its marker, its body and the original span of the body.</summary>
public sealed record FootnoteBody(string Marker, string Text, Span Original);
