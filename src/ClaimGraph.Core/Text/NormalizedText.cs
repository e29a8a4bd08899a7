namespace ClaimGraph.Core.Text;

/// <summary>Text after normalization, with the map back to the original and a same-length matching key.</summary>
/// <param name="Text">Reading text: line breaks joined, furniture, markup and footnotes removed.</param>
/// <param name="Key">Same length as <paramref name="Text"/>: width- and script-folded for matching.</param>
public sealed record NormalizedText(string Text, string Key, OffsetMap Map)
{
    public Span ToOriginal(Span span) => Map.ToOriginal(span);
}
