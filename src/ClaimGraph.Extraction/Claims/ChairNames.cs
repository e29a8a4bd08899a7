using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// An organization that only says whose chair a state holds (担任二十国集团轮值主席国期间, 东盟轮值主席国老挝): the chair
/// acts, the organization chaired is no party (GUIDELINES rule 60; the gold never pairs it).
/// </summary>
public sealed class ChairNames(ClaimCues cues)
{
    private readonly WordList _chairs = new(cues.ChairTitles);

    public bool NamesChair(string key, Mention m) => m.Type == EntityType.Organization && _chairs.StartsAt(key, m.Local.End, key.Length);

    /// <summary>
    /// An organization, its chair and the state holding it in a row (东盟轮值主席国老挝, 欧盟轮值主席国匈牙利): the state is
    /// the officeholder, as the person is in 东盟秘书长高金洪.
    /// </summary>
    public bool IntroducesChair(string key, Mention organization, Mention state) =>
        organization.Type == EntityType.Organization && state.Type == EntityType.Country && state.Local.Start > organization.Local.End
        && _chairs.LengthAt(key, organization.Local.End, state.Local.Start) == state.Local.Start - organization.Local.End;
}
