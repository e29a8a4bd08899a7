using System.Buffers;
using System.Text;

namespace ClaimGraph.Bench.Extraction;

/// <summary>The floor under extraction: read the file, decode UTF-8 and split sentences at their ends and at line breaks.</summary>
public static class SentenceSplitFloor
{
    private static readonly SearchValues<char> s_ends = SearchValues.Create("。！？!?\n");

    /// <summary>Returns the number of non-empty sentences.</summary>
    public static int Run(string path)
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(path));
        var span = text.AsSpan();
        var sentences = 0;
        while (!span.IsEmpty)
        {
            var end = span.IndexOfAny(s_ends);
            var sentence = end < 0 ? span : span[..end];
            if (!sentence.IsWhiteSpace()) sentences++;
            span = end < 0 ? default : span[(end + 1)..];
        }
        return sentences;
    }
}
