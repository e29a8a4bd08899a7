using ClaimGraph.Core.Actors;
using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Resolve;

/// <summary>
/// X政府 → leader and state, from the data: a gazetteer administration names its leader and country; one the
/// patterns found (高市早苗政府) is read as a known name plus an administration suffix. The leader's dates are their
/// terms in the office that heads that state's government (offices.json: 拜登政府 is led by 拜登 from 2021-01-20 to
/// 2025-01-20), consecutive terms (acting, then confirmed) joined.
/// </summary>
public sealed class AdministrationDirectory(Gazetteer gazetteer, Offices offices, NamePatterns patterns) : IActorDirectory
{
    private const int ContinuousGapDays = 31;

    public static AdministrationDirectory From(ExtractionLexicons lexicons) => new(lexicons.Gazetteer, lexicons.Offices, lexicons.NamePatterns);

    public AdministrationLinks? Administration(string actorId)
    {
        if (Split(actorId) is not (EntityType.Administration, var name)) return null;
        var (administration, leader, country) = gazetteer.ByName(name) is { Type: EntityType.Administration } entry
            ? (entry.ToActor(), entry.Leader is { } l ? gazetteer.ByName(l) : null, entry.Country is { } c ? gazetteer.ByName(c) : null)
            : Parsed(actorId, name);
        if (leader is { Type: not EntityType.Person }) leader = null;
        country ??= leader?.Country is { } of ? gazetteer.ByName(of) : null;
        return new AdministrationLinks(administration, country?.ToActor(), leader is null ? [] : LedBy(leader, country));
    }

    public IReadOnlyList<ActorRef> AdministrationsOf(string actorId)
    {
        if (Split(actorId) is not var (type, name) || gazetteer.ByName(name) is not { } entry || entry.Type != type) return [];
        return type switch
        {
            EntityType.Person => [.. Administrations().Where(a => a.Leader is { } l && gazetteer.ByName(l) == entry).Select(a => a.ToActor())],
            EntityType.Country => [.. Administrations().Where(a => a.Country is { } c && gazetteer.ByName(c) == entry).Select(a => a.ToActor())],
            _ => [],
        };
    }

    private IEnumerable<GazetteerEntry> Administrations() => gazetteer.Entries.Where(e => e.Type == EntityType.Administration);

    /// <summary>高市早苗政府 (found by the X政府 pattern): X is a known person (its leader) or state.</summary>
    private (ActorRef, GazetteerEntry?, GazetteerEntry?) Parsed(string actorId, string name)
    {
        var self = new ActorRef(actorId, name, EntityType.Administration, null, null);
        var suffix = patterns.AdministrationSuffixes.FirstOrDefault(s => name.EndsWith(s, StringComparison.Ordinal) && name.Length > s.Length);
        var named = suffix is null ? null : gazetteer.ByName(name[..^suffix.Length]);
        return named?.Type switch
        {
            EntityType.Person => (self, named, null),
            EntityType.Country => (self, null, named),
            _ => (self, null, null),
        };
    }

    private IReadOnlyList<Leadership> LedBy(GazetteerEntry leader, GazetteerEntry? country)
    {
        var office = country is null ? null : offices.HeadOfGovernment(country.Name);
        var terms = office?.Terms.Where(t => t.Holder == leader.Name).ToList() ?? [];
        if (terms.Count == 0) return [new Leadership(leader.ToActor(), null, null, null)];
        var spans = new List<Leadership>();
        foreach (var term in terms)
        {
            if (spans.Count > 0 && spans[^1].To is { } end && term.From.DayNumber - end.DayNumber <= ContinuousGapDays)
                spans[^1] = spans[^1] with { To = term.To };
            else
                spans.Add(new Leadership(leader.ToActor(), term.From, term.To, office!.Id));
        }
        return spans;
    }

    private static (EntityType Type, string Name)? Split(string actorId)
    {
        var colon = actorId.IndexOf(':');
        return colon > 0 && ContractNames.TryParse<EntityType>(actorId[..colon], out var type) ? (type, actorId[(colon + 1)..]) : null;
    }
}
