using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>A possible entity: where, of what type, who proposed it, and the gazetteer entry it names if known.</summary>
public sealed record EntityCandidate(Span Local, EntityType Type, Provenance Provenance, GazetteerEntry? Entry = null)
{
    /// <summary>True when only a pattern (not the gazetteer) vouches for the name.</summary>
    public bool IsPatternOnly => Entry is null;
}
