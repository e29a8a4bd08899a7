using System.Buffers;

namespace ClaimGraph.Extraction.Claims;

/// <summary>The quote and title marks that wrap a name (“一带一路”, 《巴黎协定》, 「印太战略」).</summary>
public static class QuoteMarks
{
    /// <summary>The marks that close a name, so a head noun after them still follows it (“一带一路”倡议).</summary>
    public static readonly SearchValues<char> Closing = SearchValues.Create("”」』’\"'》");

    /// <summary>Every mark, opening and closing, and the space beside them: none of them is a word.</summary>
    public static readonly SearchValues<char> All = SearchValues.Create("“”‘’\"'《》「」『』〈〉 ");

    /// <summary>Where the marks that end at <paramref name="position"/> begin, not before <paramref name="limit"/> (从|《|巴黎协定).</summary>
    public static int StartBefore(string key, int position, int limit)
    {
        while (position > limit && All.Contains(key[position - 1])) position--;
        return position;
    }
}
