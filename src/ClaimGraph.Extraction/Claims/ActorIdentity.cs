using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Claims;

/// <summary>When two names stand for one party, or one is the other's own state: such a pair is never a claim's two sides.</summary>
public static class ActorIdentity
{
    /// <summary>
    /// A leader, a government or a body named after its state is not a counterpart of that state (拜登政府 … 美国,
    /// 美国商务部批评美国企业: the gold never pairs them).
    /// </summary>
    public static bool OwnState(Mention subject, Mention obj) =>
        subject.Actor?.CountryKey is { } country && obj.Actor?.Key == country
        || subject.Type == EntityType.Organization && obj.Type == EntityType.Country && subject.Text.Length > obj.Text.Length
            && subject.Text.StartsWith(obj.Text, StringComparison.Ordinal);

    /// <summary>Whether two mentions name one actor (美国 and 美方), or are the same text where neither resolved.</summary>
    public static bool SameActor(Mention a, Mention b) =>
        a.Actor is not null && b.Actor is not null ? a.Actor.Key == b.Actor.Key : a.Text == b.Text;
}
