using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Segment;

/// <summary>
/// Splits a sentence into clauses at ，；：,; outside quotes and brackets, and at the bar that parts two headlines or a
/// table's cells on a web page (中国支持巴基斯坦 | 印度反对美国).
/// </summary>
public sealed class ClauseSegmenter
{
    private const string Separators = "，；：,;:|｜";

    public IReadOnlyList<Span> Split(string text, Span sentence)
    {
        var clauses = new List<Span>();
        var start = sentence.Start;
        var depth = 0;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            depth = Math.Max(0, depth + Brackets.DepthChange(text[i]));
            if (depth != 0 || !Separators.Contains(text[i])) continue;
            if (i > start) clauses.Add(new Span(start, i + 1));
            start = i + 1;
        }
        if (sentence.End > start) clauses.Add(new Span(start, sentence.End));
        return clauses;
    }
}
