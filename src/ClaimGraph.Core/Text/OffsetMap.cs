namespace ClaimGraph.Core.Text;

/// <summary>
/// Maps each character of a normalized text back to the character of the original text it came from,
/// so that every span found on normalized text can be reported against the original file. A character may stand
/// for several original ones (a character reference such as &amp;#x7F8E;), so each also knows where its source ends.
/// </summary>
public sealed class OffsetMap
{
    private readonly int[] _toOriginal;
    private readonly int[]? _ends;

    public OffsetMap(int[] toOriginal, int originalLength, int[]? ends = null)
    {
        if (ends is not null && ends.Length != toOriginal.Length)
            throw new ArgumentException("ends must have one entry per character", nameof(ends));
        _toOriginal = toOriginal;
        _ends = ends;
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
        var last = normalized.End - 1;
        return new Span(_toOriginal[normalized.Start], _ends?[last] ?? _toOriginal[last] + 1);
    }

    public static OffsetMap Identity(int length) => new(Enumerable.Range(0, length).ToArray(), length);
}
