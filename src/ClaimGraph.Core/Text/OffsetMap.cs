namespace ClaimGraph.Core.Text;

/// <summary>
/// Maps each character of a normalized text back to the character of the original text it came from,
/// so that every span found on normalized text can be reported against the original file.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _toOriginal;

    public OffsetMap(int[] toOriginal, int originalLength)
    {
        _toOriginal = toOriginal;
        OriginalLength = originalLength;
    }

    public int Length => _toOriginal.Length;

    public int OriginalLength { get; }

    public int ToOriginal(int normalizedIndex) => _toOriginal[normalizedIndex];

    /// <summary>The original range from the first to the last source character of a normalized range.</summary>
    public Span ToOriginal(Span normalized)
    {
        if (normalized.Length == 0)
        {
            var at = normalized.Start < _toOriginal.Length ? _toOriginal[normalized.Start] : OriginalLength;
            return new Span(at, at);
        }
        return new Span(_toOriginal[normalized.Start], _toOriginal[normalized.End - 1] + 1);
    }

    public static OffsetMap Identity(int length) => new(Enumerable.Range(0, length).ToArray(), length);
}
