namespace ClaimGraph.Extraction.Recognize;

/// <summary>Characters of the CJK Unified Ideographs block, where names and the words around them are written.</summary>
internal static class Han
{
    public static bool Is(char c) => c >= '\u4E00' && c <= '\u9FFF';
}
