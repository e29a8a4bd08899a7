namespace ClaimGraph.Extraction.Segment;

/// <summary>Nesting of quotes and brackets, so punctuation inside them does not end a sentence or clause.</summary>
public static class Brackets
{
    private const string Openers = "“‘「『（(《〈【[";
    private const string Closers = "”’」』）)》〉】]";

    public static int DepthChange(char c) => Openers.Contains(c) ? 1 : Closers.Contains(c) ? -1 : 0;
}
