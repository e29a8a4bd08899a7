using System.Text.RegularExpressions;
using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Tests.Recognize;

/// <summary>
/// gazetteer.json as data: the index keeps the first entry for a name and drops later ones without a word, so two
/// entries must never share a (script-folded) name; links between entries must point at entries that exist.
/// </summary>
public sealed partial class GazetteerFileTests
{
    private static readonly ExtractionLexicons s_lexicons = ExtractionLexicons.Default;
    private static readonly IReadOnlyList<GazetteerEntry> s_entries = s_lexicons.Gazetteer.Entries;

    [Fact]
    public void no_two_entries_share_a_name_once_traditional_characters_are_folded()
    {
        var shared = s_entries
            .SelectMany(e => e.AllNames.Select(n => (Folded: s_lexicons.Key.Of(n), Entry: e.Key)))
            .Distinct()
            .GroupBy(x => x.Folded)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Entry))}");

        Assert.Empty(shared);
    }

    [Fact]
    public void no_capital_is_also_a_name_of_an_entry()
    {
        var both = s_entries.SelectMany(e => e.Metonyms).Where(m => s_lexicons.Gazetteer.ByName(s_lexicons.Key.Of(m)) is not null);

        Assert.Empty(both);
    }

    [Fact]
    public void every_country_leader_and_owner_named_by_an_entry_is_an_entry()
    {
        var missing = s_entries
            .SelectMany(e => new[] { e.Country, e.Leader, e.Owner }.OfType<string>().Select(link => (e.Name, link)))
            .Where(x => s_lexicons.Gazetteer.ByName(s_lexicons.Key.Of(x.link)) is null);

        Assert.Empty(missing);
        Assert.All(s_entries.Where(e => e.Country is not null),
            e => Assert.Equal(EntityType.Country, s_lexicons.Gazetteer.ByName(s_lexicons.Key.Of(e.Country!))!.Type));
    }

    [Fact]
    public void wikidata_ids_are_well_formed_and_name_one_entry_each()
    {
        var ids = s_entries.Where(e => e.Qid is not null).Select(e => e.Qid!).ToList();

        Assert.All(ids, id => Assert.Matches(QidPattern(), id));
        Assert.Empty(ids.GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void holds_every_un_member_state_named_in_the_checklist()
    {
        // The 95 states added for docs/GAZETTEER.md and the 98 that were there: 193 members, plus the Holy See,
        // Palestine, Kosovo, the Cook Islands, Niue and the two historical states (苏联, 捷克斯洛伐克).
        var countries = s_entries.Where(e => e.Type == EntityType.Country).Select(e => e.Name).ToHashSet();

        Assert.Equal(193 + 5 + 2, countries.Count);
        Assert.Superset(new HashSet<string> { "梵蒂冈", "巴勒斯坦", "科索沃", "库克群岛", "纽埃", "苏联", "捷克斯洛伐克" }, countries);
    }

    [GeneratedRegex("^Q[1-9][0-9]*$")]
    private static partial Regex QidPattern();
}
