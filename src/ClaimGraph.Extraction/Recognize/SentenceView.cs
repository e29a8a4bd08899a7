using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>A sentence seen through the document's normalized text and its matching key.</summary>
public sealed record SentenceView(string Text, string Key, Span Span)
{
    public string Surface(Span span) => Text[span.Start..span.End];

    public string KeyOf(Span span) => Key[span.Start..span.End];

    public char KeyAt(int i) => i >= Span.Start && i < Span.End ? Key[i] : '\0';

    /// <summary>True when the key text ending just before <paramref name="position"/> ends with one of the words.</summary>
    public bool PrecededByAny(int position, IEnumerable<string> words) =>
        words.Any(w => position - w.Length >= Span.Start && string.CompareOrdinal(Key, position - w.Length, w, 0, w.Length) == 0);

    public bool FollowedByAny(int position, IEnumerable<string> words) =>
        words.Any(w => position + w.Length <= Span.End && string.CompareOrdinal(Key, position, w, 0, w.Length) == 0);
}
