using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Recognize;

public sealed class GazetteerRecognizerTests
{
    [Fact]
    public void prefers_the_longest_name_so_the_administration_wins_over_its_leader()
    {
        var document = Extract.Sentence("拜登政府延续特朗普政府的印太战略。");

        Assert.Equal(
            [("拜登政府", EntityType.Administration), ("特朗普政府", EntityType.Administration), ("印太战略", EntityType.Policy)],
            document.Mentions.Select(m => (m.Text, m.Type)));
        Assert.DoesNotContain(document.Mentions, m => m.Text == "拜登");
    }

    [Fact]
    public void gives_a_gazetteer_name_its_canonical_actor_and_its_provenance()
    {
        var mention = Extract.Sentence("拜登政府延续特朗普政府的印太战略。").MentionOf("拜登政府");

        Assert.Equal("ADMINISTRATION:拜登政府", mention.Actor?.Key);
        Assert.Equal("rule:gazetteer", mention.Provenance.Source);
        Assert.Equal(new Core.Text.Span(0, 4), mention.Local);
    }

    [Fact]
    public void resolves_an_alias_to_the_same_actor_as_the_name()
    {
        var document = Extract.Sentence("东盟推动《区域全面经济伙伴关系协定》（RCEP）。");

        Assert.Equal("POLICY:区域全面经济伙伴关系协定", document.MentionOf("区域全面经济伙伴关系协定").Actor?.Key);
        Assert.Equal("POLICY:区域全面经济伙伴关系协定", document.MentionOf("RCEP").Actor?.Key);
    }

    [Fact]
    public void does_not_find_a_latin_name_inside_a_longer_latin_word()
    {
        var document = Extract.Sentence("USAID宣布向东盟提供援助。");

        Assert.DoesNotContain(document.Mentions, m => m.Actor?.Key == "COUNTRY:美国");
        Assert.Contains(document.Mentions, m => m.Text == "东盟");
    }

    [Fact]
    public void finds_a_name_that_is_also_an_everyday_phrase_only_inside_title_marks()
    {
        Assert.DoesNotContain(Extract.Sentence("美国的外交政策发生了变化。").Mentions, m => m.Text == "外交政策");
        Assert.Equal(EntityType.Organization, Extract.Sentence("美国《外交政策》杂志登载文章。").MentionOf("外交政策").Type);
    }
}
