using ClaimGraph.Core.Text;

namespace ClaimGraph.Core.Documents;

/// <summary>
/// An office title in a sentence (美国总统, 国务卿) and the person who held that office at the time it speaks of.
/// With a name after it (国务卿布林肯), <see cref="Named"/> is that person and <see cref="Consistent"/> says whether
/// the name fits the holder. <see cref="Local"/> indexes the normalized text.
/// </summary>
public sealed record TitleReference(int Sentence, Span Local, string Title, string Office, PartialDate? At, ActorRef? Holder, ActorRef? Named)
{
    /// <summary>False when the name given with the title is not who held the office then.</summary>
    public bool Consistent => Named is null || Holder is null || Named.Key == Holder.Key;
}
