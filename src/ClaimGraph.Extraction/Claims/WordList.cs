using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>A set of cue words searchable in a range of text.</summary>
public sealed class WordList(IEnumerable<string> words)
{
    private readonly NameTrie _trie = new(words);

    /// <summary>The length of the longest word.</summary>
    public int Longest { get; } = words.Select(w => w.Length).DefaultIfEmpty(0).Max();

    /// <summary>Whether the word is one of the list's.</summary>
    public bool Contains(string word) => word.Length > 0 && LengthAt(word, 0, word.Length) == word.Length;

    /// <summary>Every match (start, length) inside the range, longest at each position.</summary>
    public IEnumerable<Span> FindAll(string text, int start, int end)
    {
        for (var i = Math.Max(0, start); i < Math.Min(end, text.Length); i++)
        {
            var length = _trie.LongestAt(text, i, end);
            if (length > 0) yield return new Span(i, i + length);
        }
    }

    public bool StartsAt(string text, int position, int end) => LengthAt(text, position, end) > 0;

    /// <summary>The length of the longest word at <paramref name="position"/> (0: none).</summary>
    public int LengthAt(string text, int position, int end) => _trie.LongestAt(text, position, end);

    /// <summary>
    /// Whether a word covers the span: one starting at most <paramref name="lookBehind"/> characters before it and
    /// ending by <paramref name="end"/> (分别 covers its 别).
    /// </summary>
    public bool Covers(string text, Span span, int lookBehind, int end)
    {
        end = Math.Min(end, text.Length);
        for (var i = Math.Max(0, span.Start - lookBehind); i <= span.Start; i++)
        {
            var length = _trie.LongestAt(text, i, end);
            if (length > 0 && i + length >= span.End) return true;
        }
        return false;
    }

    /// <summary>Whether a word ends right before <paramref name="position"/>, starting at or after <paramref name="start"/>.</summary>
    public bool EndsAt(string text, int position, int start) => StartOfWordEndingAt(text, position, start) >= 0;

    /// <summary>Whether words follow one another from <paramref name="start"/> exactly to <paramref name="end"/> (总统 + 国家安全顾问).</summary>
    public bool Tiles(string text, int start, int end)
    {
        if (start >= end) return false;
        for (var at = start; at < end;)
        {
            var length = _trie.LongestAt(text, at, end);
            if (length == 0) return false;
            at += length;
        }
        return true;
    }

    /// <summary>
    /// Where the longest word that ends right before <paramref name="position"/> starts (at or after
    /// <paramref name="start"/>), or -1 when none does.
    /// </summary>
    public int StartOfWordEndingAt(string text, int position, int start)
    {
        for (var i = Math.Max(0, start); i < position; i++)
            if (_trie.LongestAt(text, i, position) == position - i) return i;
        return -1;
    }
}
