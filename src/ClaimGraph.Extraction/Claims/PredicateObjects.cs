using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// What a cue signals toward a given object, from the contract's predicate meanings.
/// <list type="bullet">
/// <item>SUPPORTS is toward a policy or an organization. Toward a state it is siding with it, COOPERATES, only for
/// words that mean siding (支持日本的防务, 资助乌克兰); other support words name what is promoted and the state is its
/// setting (加大对中国的竞争力度, 推进与中国的脱钩), unless the subject acts with it (与日本建立…).</item>
/// <item>COOPERATES, COMPETES, CONFRONTS and ENGAGES are toward another actor: 合作推进 a policy is SUPPORTS of it, and
/// they never take a policy or no object at all.</item>
/// <item>CONTINUES and CHANGES keep or change a line (a policy, an administration's, a leader's), never a state: in
/// 继续施压中国 China is the target of the pressure, not a line continued.</item>
/// <item>OPPOSES takes anything. Acting together with an organization (美国和欧盟成立…, 与东盟签署…) is cooperating
/// with it, as with a state.</item>
/// </list>
/// </summary>
public static class PredicateObjects
{
    /// <summary>
    /// The predicate a cue signaling <paramref name="cue"/> asserts toward this object, or null when it asserts none;
    /// <paramref name="actedWith"/>: the object is the one the subject acts with (marked by 与, 和, 同 or 跟);
    /// <paramref name="sides"/>: the cue word is one that means siding with whom it supports.
    /// </summary>
    public static Predicate? Toward(Predicate cue, EntityType? obj, bool actedWith = false, bool sides = false) => (cue, obj) switch
    {
        (Predicate.Supports, EntityType.Organization) when actedWith => Predicate.Cooperates,
        (Predicate.Supports, EntityType.Policy or EntityType.Organization) => Predicate.Supports,
        (Predicate.Supports, null) => null,
        (Predicate.Supports, _) when actedWith || sides => Predicate.Cooperates,
        (Predicate.Supports, _) => null,
        (Predicate.Cooperates, EntityType.Policy) => Predicate.Supports,
        (Predicate.Cooperates or Predicate.Competes or Predicate.Confronts or Predicate.Engages, EntityType.Policy or null) => null,
        (Predicate.Continues or Predicate.Changes, EntityType.Country) => null,
        _ => cue,
    };
}
