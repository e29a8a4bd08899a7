using System.Buffers;

namespace ClaimGraph.Extraction.Claims;

/// <summary>The punctuation that ends a clause or a sentence, in both widths, for the rules that stop there.</summary>
public static class ClauseBreaks
{
    public static readonly SearchValues<char> Characters = SearchValues.Create("，。；：！？,;:!?");

    /// <summary>The first position at or after <paramref name="from"/> that is no white space, or <paramref name="end"/>.</summary>
    public static int ContentStart(string key, int from, int end)
    {
        while (from < end && char.IsWhiteSpace(key[from])) from++;
        return from;
    }
}
