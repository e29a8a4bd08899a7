using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// A cue word right after a policy's name, or after the quote that closes it, is the name's head noun: “一带一路”倡议
/// names the initiative, so 美国批评“一带一路”倡议 proposes nothing.
/// </summary>
public sealed class PolicyHeads(ClaimCues cues)
{
    private readonly HashSet<string> _heads = cues.PolicyHeads.ToHashSet(StringComparer.Ordinal);

    public bool Heads(string key, CueMatch cue, IReadOnlyList<Mention> mentions)
    {
        if (!_heads.Contains(cue.Word)) return false;
        var at = cue.Span.Start;
        while (at > 0 && cue.Span.Start - at < 2 && QuoteMarks.Closing.Contains(key[at - 1])) at--;
        foreach (var m in mentions)
            if (m.Type == EntityType.Policy && m.Local.End == at) return true;
        return false;
    }
}
