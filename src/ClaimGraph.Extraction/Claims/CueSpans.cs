using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Claims;

/// <summary>Cue matches cleared of the sentence's names: a cue inside a name is none (联合 in 联合早报).</summary>
public static class CueSpans
{
    private static readonly string[] ListingVerbs = ["列入", "纳入", "加入", "列进"];

    /// <summary>
    /// The cue clear of the sentence's names, or null when a name holds it (联合 in 联合早报). A cue that ends in a
    /// name (访华, 访韩 with 华, 韩 read as states) keeps its verb, and the name is left to be its object.
    /// </summary>
    public static CueMatch? OutsideNames(string key, CueMatch cue, IReadOnlyList<Mention> mentions)
    {
        var end = cue.Span.End;
        foreach (var m in mentions)
        {
            if (!m.Local.Overlaps(cue.Span)) continue;
            if (m.Local.Start <= cue.Span.Start) return IsListing(key, m) ? cue : null;
            end = Math.Min(end, m.Local.Start);
        }
        return end == cue.Span.End ? cue : cue with { Span = new Span(cue.Span.Start, end) };
    }

    /// <summary>
    /// Whether a policy that is itself a sanction (实体清单) is what a name is put on (将华为列入“实体清单”): the listing
    /// is the act, and the policy's name still cues it.
    /// </summary>
    private static bool IsListing(string key, Mention policy)
    {
        if (policy.Type != EntityType.Policy) return false;
        var at = QuoteMarks.StartBefore(key, policy.Local.Start, 0);
        return ListingVerbs.Any(v => key.AsSpan(0, at).EndsWith(v));
    }
}
