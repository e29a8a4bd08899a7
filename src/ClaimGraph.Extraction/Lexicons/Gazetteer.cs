using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Lexicons;

/// <summary>The known actors and policies, indexed by every (script-folded) name.</summary>
public sealed class Gazetteer
{
    private readonly Dictionary<string, GazetteerEntry> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry> _byShort = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GazetteerEntry> _byMetonym = new(StringComparer.Ordinal);

    public Gazetteer(IEnumerable<GazetteerEntry> entries, Func<string, string> fold)
    {
        Entries = entries.ToList();
        foreach (var entry in Entries)
        {
            foreach (var name in entry.AllNames) _byName.TryAdd(fold(name), entry);
            foreach (var s in entry.ShortForms.Where(s => s.Length == 1)) _byShort.TryAdd(fold(s), entry);
            foreach (var m in entry.Metonyms) _byMetonym.TryAdd(fold(m), entry);
        }
        Names = new NameTrie(_byName.Keys);
        Metonyms = new NameTrie(_byMetonym.Keys);
    }

    public IReadOnlyList<GazetteerEntry> Entries { get; }

    /// <summary>Every folded name, for longest-match scanning.</summary>
    public NameTrie Names { get; }

    public NameTrie Metonyms { get; }

    public GazetteerEntry? ByName(string folded) => _byName.GetValueOrDefault(folded);

    public GazetteerEntry? ByShort(string folded) => _byShort.GetValueOrDefault(folded);

    public GazetteerEntry? ByMetonym(string folded) => _byMetonym.GetValueOrDefault(folded);

    public Gazetteer Without(Func<GazetteerEntry, bool> exclude, Func<string, string> fold) =>
        new(Entries.Where(e => !exclude(e)), fold);

}
