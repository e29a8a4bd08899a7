using ClaimGraph.Core.Text;

namespace ClaimGraph.Core.Documents;

/// <summary>A sentence: <see cref="Local"/> indexes the normalized text, <see cref="Original"/> the source file.</summary>
public sealed record Sentence(int Index, string Text, Span Local, Span Original, IReadOnlyList<Span> Clauses);
