using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>A set of cue words searchable in a range of text.</summary>
public sealed class WordList(IEnumerable<string> words)
{
    private readonly NameTrie _trie = new(words);

    /// <summary>Every match (start, length) inside the range, longest at each position.</summary>
    public IEnumerable<Span> FindAll(string text, int start, int end)
    {
        for (var i = Math.Max(0, start); i < Math.Min(end, text.Length); i++)
        {
            var length = _trie.LongestAt(text, i, end);
            if (length > 0) yield return new Span(i, i + length);
        }
    }

    public bool StartsAt(string text, int position, int end) => _trie.LongestAt(text, position, end) > 0;
}
