using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Segment;

namespace ClaimGraph.Extraction.Tests.Segment;

public sealed class ClauseSegmenterTests
{
    private static List<string> Clauses(string text) =>
        new ClauseSegmenter().Split(text, new Span(0, text.Length)).Select(c => text[c.Start..c.End]).ToList();

    [Fact]
    public void splits_a_sentence_at_commas_semicolons_and_colons()
    {
        Assert.Equal(["美国表示，", "中国必须停止；", "日本：", "同意。"], Clauses("美国表示，中国必须停止；日本：同意。"));
    }

    [Fact]
    public void splits_at_ascii_separators_too()
    {
        Assert.Equal(["China,", " the US;", " Japan."], Clauses("China, the US; Japan."));
    }

    [Fact]
    public void does_not_split_inside_brackets_or_quotation_marks()
    {
        Assert.Equal(["由于美国（和日本，澳大利亚）施压，", "所以东盟让步。"], Clauses("由于美国（和日本，澳大利亚）施压，所以东盟让步。"));
        Assert.Equal(["美国表示，", "中国“必须停止，立即停止”。"], Clauses("美国表示，中国“必须停止，立即停止”。"));
    }

    [Fact]
    public void returns_spans_inside_the_sentence_it_was_given()
    {
        const string text = "日本表示欢迎。由于美国施压，所以东盟让步。";
        var sentence = new Span(7, text.Length);

        var clauses = new ClauseSegmenter().Split(text, sentence);

        Assert.Equal([new Span(7, 14), new Span(14, text.Length)], clauses);
    }

    [Fact]
    public void gives_a_sentence_without_separators_one_clause()
    {
        Assert.Equal(["美国与日本合作。"], Clauses("美国与日本合作。"));
    }

    [Fact]
    public void recovers_from_an_unbalanced_closing_bracket()
    {
        Assert.Equal(["美国）表示，", "中国反对。"], Clauses("美国）表示，中国反对。"));
    }
}
