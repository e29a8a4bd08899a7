using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Claims;

/// <summary>Latin-script glosses of the name before them (川普（Donald Trump）), which name no claim's party.</summary>
public static class Glosses
{
    /// <summary>
    /// The mentions without Latin-script glosses of the name before them (川普（Donald Trump）): a gloss names the same
    /// actor again, and the claim belongs to the name the sentence uses.
    /// </summary>
    public static IReadOnlyList<Mention> Without(string key, IReadOnlyList<Mention> mentions)
    {
        List<Mention>? kept = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (i > 0 && IsGloss(key, mentions[i - 1], mentions[i])) kept ??= mentions.Take(i).ToList();
            else kept?.Add(mentions[i]);
        }
        return kept ?? mentions;
    }

    private static bool IsGloss(string key, Mention name, Mention gloss) =>
        gloss.Local.Start == name.Local.End + 1 && key[name.Local.End] is '(' or '（'
        && gloss.Local.End < key.Length && key[gloss.Local.End] is ')' or '）'
        && gloss.Text.Any(char.IsAsciiLetter) && !name.Text.Any(char.IsAsciiLetter);
}
