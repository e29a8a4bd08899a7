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
}
