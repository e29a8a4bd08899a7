using System.Text.RegularExpressions;
using ClaimGraph.Extraction.Normalize;

namespace ClaimGraph.Extraction.Tests.Normalize;

public sealed class MappedTextTests
{
    [Fact]
    public void a_builder_grows_past_the_size_it_was_given_and_keeps_every_position()
    {
        var source = new MappedText("甲乙丙丁", [3, 5, 7, 9], [4, 7, 8, 10]);
        var builder = new MappedText.Builder(2);

        builder.Append(source, 1, 4);
        builder.Append('·', 20, 25);
        builder.Append(source, 0, 2);

        var built = builder.Build();
        Assert.Equal("乙丙丁·甲乙", built.Text);
        Assert.Equal([5, 7, 9, 20, 3, 5], built.Map);
        Assert.Equal([7, 8, 10, 25, 4, 7], built.Ends);
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
