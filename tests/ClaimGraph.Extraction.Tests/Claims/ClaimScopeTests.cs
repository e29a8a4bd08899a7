using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

/// <summary>Where a cue word stands but nothing is claimed: questions, averted acts, words that only contain a cue.</summary>
public sealed class ClaimScopeTests
{
    [Theory]
    [InlineData("美国是否会重返跨太平洋伙伴关系协定？")]
    [InlineData("美国能否重返跨太平洋伙伴关系协定，仍有待观察。")]
    [InlineData("美国会重返跨太平洋伙伴关系协定吗？")]
    public void a_question_claims_nothing(string text)
    {
        Assert.Empty(Extract.Sentence(text).Claims);
    }

    [Fact]
    public void the_statement_beside_a_question_still_counts()
    {
        var document = Extract.Sentence("美国重返了跨太平洋伙伴关系协定。");

        var claim = Assert.Single(document.Claims);
        Assert.Equal(("美国", Predicate.Supports, "跨太平洋伙伴关系协定"), document.Triple(claim));
    }

    [Theory]
    [InlineData("中国要防止与美国脱钩。")]
    [InlineData("日本希望避免同中国对抗。")]
    public void an_act_to_be_prevented_is_not_claimed(string text)
    {
        Assert.Empty(Extract.Sentence(text).Claims);
    }

    [Fact]
    public void an_approval_rating_is_not_support()
    {
        var document = Extract.Sentence("拜登的支持率低于特朗普。");

        Assert.Empty(document.Claims);
    }

    [Fact]
    public void an_ism_is_not_the_act_inside_it()
    {
        var document = Extract.Sentence("特朗普把孤立主义带回白宫。");

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.Confronts);
    }

    [Fact]
    public void a_subject_in_the_clause_before_is_offered_to_the_decider()
    {
        var lexicons = ExtractionLexicons.Default;
        var recorder = new RecordingDecider();
        ExtractionPipeline.ForSentence(lexicons, recorder).Analyze(new DocumentInput("test.txt", "在乌克兰危机之后，俄罗斯态度强硬，在欧盟代表访问期间驱逐了德国外交官。"));

        Assert.Equal("乌克兰", recorder.Seen[0].SentenceMentions[0].Text);
        Assert.Contains(recorder.Seen, c => c.Subject.Text == "俄罗斯" && c.CueWord == "驱逐" && c.Object?.Text == "德国");
    }
}
