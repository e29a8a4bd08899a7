using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction;
using ClaimGraph.Learning.Features;
using ClaimGraph.Learning.Training;

namespace ClaimGraph.Learning.Tests.Features;

/// <summary>
/// A name with the state and title that introduce it (法国总统马克龙) reads to the model as one party, so a summit
/// written with full titles looks like the same summit written with bare names.
/// </summary>
public sealed class ClaimFeaturizerTests
{
    [Theory]
    [InlineData("中国国家主席习近平同法国总统马克龙举行会谈。", "习近平", "马克龙")]
    [InlineData("习近平同马克龙举行会谈。", "习近平", "马克龙")]
    [InlineData("外交部长王毅同俄罗斯外长拉夫罗夫举行会谈。", "王毅", "拉夫罗夫")]
    [InlineData("美国总统国家安全顾问沙利文同王毅举行会谈。", "沙利文", "王毅")]
    [InlineData("马克龙(Emmanuel Macron)同习近平举行会谈。", "马克龙", "习近平")]
    public void reads_an_introduced_name_as_one_party(string text, string subject, string obj)
    {
        var example = ClaimFeaturizer.Featurize(Primary(text, subject, obj));

        Assert.Equal("Ⓢ同Ⓞ举行会谈", example.Window);
        Assert.Equal("同", example.ObjectMarker);
    }

    [Fact]
    public void reads_the_text_after_the_cue_up_to_the_introduced_object()
    {
        var example = ClaimFeaturizer.Featurize(Primary("国家主席习近平会见美国国务卿布林肯。", "习近平", "布林肯"));

        Assert.Equal("Ⓢ会见Ⓞ", example.Window);
        Assert.Equal("", example.Right);
        Assert.Equal(0, example.Numbers[NumericFeature.ActorsBeforeObject]);
    }

    [Fact]
    public void leaves_other_names_as_their_type()
    {
        var example = ClaimFeaturizer.Featurize(Primary("美国联合日本遏制中国。", "美国", "中国"));

        Assert.Equal("Ⓢ联合Ⓒ遏制Ⓞ", example.Window);
    }

    private static Extraction.Claims.ClaimCandidate Primary(string text, string subject, string obj)
    {
        var recorder = new RecordingDecider();
        ExtractionPipeline.ForSentence(ExtractionLexicons.Default, recorder).Analyze(new DocumentInput("test.txt", text));
        return recorder.Candidates.First(c => c.Subject.Text == subject && c.Object?.Text == obj);
    }
}
