using ClaimGraph.Core.Text;

namespace ClaimGraph.Core.Documents;

/// <summary>
/// A name found in a sentence. <see cref="Text"/> is the normalized surface (as it reads in the sentence);
/// <see cref="Original"/> selects the characters of the source file it was read from.
/// </summary>
public sealed record Mention(
    int Id,
    int Sentence,
    string Text,
    EntityType Type,
    Span Local,
    Span Original,
    Provenance Provenance)
{
    /// <summary>Canonical actor or policy this mention names, once resolved.</summary>
    public ActorRef? Actor { get; init; }
}
