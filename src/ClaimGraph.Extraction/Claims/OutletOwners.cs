using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// A state right before an outlet noun only says whose an unnamed outlet is (巴西传媒, 伊朗媒体): the outlet speaks,
/// and it has no name.
/// </summary>
public sealed class OutletOwners(WordList outletNouns)
{
    /// <summary>Whether <paramref name="m"/> is a state followed by an outlet noun that ends by <paramref name="end"/>.</summary>
    public bool OwnsOutlet(string key, Mention m, int end) =>
        m.Type == EntityType.Country && outletNouns.StartsAt(key, m.Local.End, end);
}
