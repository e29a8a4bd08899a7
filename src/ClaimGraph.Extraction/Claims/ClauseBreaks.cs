using System.Buffers;

namespace ClaimGraph.Extraction.Claims;

/// <summary>The punctuation that ends a clause or a sentence, in both widths, for the rules that stop there.</summary>
public static class ClauseBreaks
{
    public static readonly SearchValues<char> Characters = SearchValues.Create("，。；：！？,;:!?");
}
