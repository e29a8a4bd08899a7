using ClaimGraph.Core.Text;

namespace ClaimGraph.Core.Documents;

/// <summary>A sentence: <see cref="Local"/> indexes the normalized text, <see cref="Original"/> the source file.</summary>
public sealed record Sentence(int Index, string Text, Span Local, Span Original, IReadOnlyList<Span> Clauses)
{
    /// <summary>The clause holding a position, or the whole sentence when no clause does.</summary>
    public Span ClauseAt(int position) => Clauses.FirstOrDefault(c => c.Contains(position), Local);

    /// <summary>The position of a clause among the sentence's, or -1 when it is none of them.</summary>
    public int IndexOfClause(Span clause)
    {
        for (var i = 0; i < Clauses.Count; i++)
            if (Clauses[i] == clause) return i;
        return -1;
    }
}
