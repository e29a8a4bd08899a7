using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Claims;

/// <summary>Latin-script glosses of the name before them (川普（Donald Trump）), which name no claim's party.</summary>
public static class Glosses
{
    /// <summary>Longest gloss read, brackets included: a bracket left open would otherwise reach to the sentence's end.</summary>
    public const int MaxLength = 100;

    /// <summary>
    /// The mentions with each name's Latin-script gloss taken into it (马克龙（Emmanuel Macron）、拜登: the rules see
    /// two names joined by 、), and the names inside a gloss dropped: a gloss names the same actor again, and the claim
    /// belongs to the name the sentence uses. A name keeps its id, so a claim still points at the name alone.
    /// </summary>
    public static IReadOnlyList<Mention> Folded(string key, int sentenceEnd, IReadOnlyList<Mention> mentions)
    {
        List<Mention>? kept = null;
        var glossEnd = -1;
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Local.Start < glossEnd)
            {
                kept ??= mentions.Take(i).ToList();
                continue;
            }
            glossEnd = GlossEnd(key, sentenceEnd, m);
            if (glossEnd > m.Local.End)
            {
                kept ??= mentions.Take(i).ToList();
                kept.Add(m with { Local = new Span(m.Local.Start, glossEnd) });
            }
            else kept?.Add(m);
        }
        return kept ?? mentions;
    }

    /// <summary>
    /// Where the gloss after a name ends (past its closing bracket), or the name's own end when none follows: brackets
    /// right after a name without Latin letters (a space between allowed), holding Latin letters and no Chinese, within
    /// the sentence and its line (pages mix （ with ), so either closes).
    /// </summary>
    private static int GlossEnd(string key, int sentenceEnd, Mention name)
    {
        var open = name.Local.End;
        if (open < sentenceEnd && key[open] == ' ') open++;
        if (open >= sentenceEnd || key[open] is not ('(' or '（') || name.Text.Any(char.IsAsciiLetter)) return name.Local.End;
        var letters = false;
        for (var at = open + 1; at < sentenceEnd && at - open < MaxLength; at++)
        {
            var c = key[at];
            if (c is ')' or '）') return letters ? at + 1 : name.Local.End;
            if (c is '(' or '（' or '\n' or '\r' || c >= '\u3400' && !char.IsPunctuation(c)) return name.Local.End;
            letters |= char.IsAsciiLetter(c);
        }
        return name.Local.End;
    }
}
