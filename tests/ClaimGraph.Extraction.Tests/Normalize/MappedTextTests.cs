using System.Text.RegularExpressions;
using ClaimGraph.Extraction.Normalize;

namespace ClaimGraph.Extraction.Tests.Normalize;

public sealed class MappedTextTests
{
    [Fact]
    public void a_builder_grows_past_the_size_it_was_given_and_keeps_every_position()
    {
        var text = string.Concat(Enumerable.Repeat("甲乙丙丁", 10));
        var source = new MappedText(text, [.. Enumerable.Range(0, text.Length).Select(i => i * 2)], [.. Enumerable.Range(0, text.Length).Select(i => i * 2 + 2)]);
        var builder = new MappedText.Builder(2);

        builder.Append(source, 1, 30);
        builder.Append('·', 100, 105);
        builder.Append(source, 0, 2);

        var built = builder.Build();
        Assert.Equal(text[1..30] + "·" + text[..2], built.Text);
        Assert.Equal([.. Enumerable.Range(1, 29).Select(i => i * 2), 100, 0, 2], built.Map);
        Assert.Equal([.. Enumerable.Range(1, 29).Select(i => i * 2 + 2), 105, 2, 4], built.Ends);
    }

    [Fact]
    public void a_builder_filled_to_its_size_builds_the_same_text()
    {
        var source = MappedText.Identity(string.Concat(Enumerable.Repeat("美国与中国", 4)));
        var builder = new MappedText.Builder(source.Text.Length);

        builder.Append(source, 0, source.Text.Length);

        var built = builder.Build();
        Assert.Equal(source.Text, built.Text);
        Assert.Equal(source.Map, built.Map);
        Assert.Equal(source.Ends, built.Ends);
    }

    [Fact]
    public void text_without_a_pattern_keeps_the_original_positions_of_what_remains()
    {
        var text = MappedText.Identity("美国[1]与中国[2]");

        var without = text.Without(new Regex(@"\[\d\]"));

        Assert.Equal("美国与中国", without.Text);
        Assert.Equal([0, 1, 5, 6, 7], without.Map);
        Assert.Equal([1, 2, 6, 7, 8], without.Ends);
    }
}
