using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Claims;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

/// <summary>What a cue asserts depends on its object, as the contract's predicate meanings say.</summary>
public sealed class PredicateObjectTests
{
    [Fact]
    public void supporting_a_state_is_siding_with_it()
    {
        var document = Extract.Sentence("美国将毫不动摇地支持日本。");

        var claim = Assert.Single(document.Claims);
        Assert.Equal(("美国", Predicate.Cooperates, "日本"), document.Triple(claim));
    }

    [Fact]
    public void supporting_a_policy_stays_support()
    {
        var document = Extract.Sentence("美国支持印太战略。");

        Assert.Equal(("美国", Predicate.Supports, "印太战略"), document.Triple(Assert.Single(document.Claims)));
    }

    [Fact]
    public void support_with_nothing_supported_is_no_claim()
    {
        Assert.Empty(Extract.Sentence("拜登政府将大力推动。").Claims);
    }

    [Theory]
    [InlineData("美国加大对中国的竞争力度。", "中国")]
    [InlineData("美国推进与中国的“脱钩”。", "中国")]
    [InlineData("日本扩大对越南的投资。", "越南")]
    public void promoting_something_toward_a_state_is_not_siding_with_it(string text, string state)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => document.Triple(c) is (_, Predicate.Cooperates or Predicate.Supports, var o) && o == state);
    }

    [Theory]
    [InlineData("美国资助乌克兰。", "美国", "乌克兰")]
    [InlineData("韩国与日本建立了军事情报合作。", "韩国", "日本")]
    public void siding_with_or_acting_with_a_state_is_cooperating_with_it(string text, string subject, string partner)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (subject, Predicate.Cooperates, partner));
    }

    [Theory]
    [InlineData("拜登倾向于联合盟友对付中国。")]
    [InlineData("拜登政府将团结盟友围堵中国。")]
    public void the_state_after_an_ally_noun_is_the_next_verbs_target_not_the_ally(string text)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => document.Triple(c) is (_, Predicate.Cooperates, "中国"));
        Assert.Contains(document.Claims, c => document.Triple(c) is (_, Predicate.Confronts, "中国"));
    }

    [Fact]
    public void a_name_in_apposition_to_an_ally_noun_is_the_ally()
    {
        var document = Extract.Sentence("美国依靠其盟友日本、韩国维持地区存在。");

        Assert.Contains(document.Claims, c => document.Triple(c) == ("美国", Predicate.Cooperates, "日本"));
        Assert.Contains(document.Claims, c => document.Triple(c) == ("美国", Predicate.Cooperates, "韩国"));
    }

    [Theory]
    [InlineData("美国最大的竞争对手是中国。", "美国", Predicate.Competes, "中国")]
    [InlineData("美国在亚洲最重要的盟友是日本。", "美国", Predicate.Cooperates, "日本")]
    [InlineData("美国盟友——日本和韩国——都表示支持。", "美国", Predicate.Cooperates, "韩国")]
    public void a_relation_noun_pairs_with_the_name_it_is_equated_or_set_beside(string text, string subject, Predicate predicate, string obj)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (subject, predicate, obj));
    }

    [Fact]
    public void a_state_a_later_verb_acts_on_is_not_the_object_of_an_earlier_one()
    {
        var document = Extract.Sentence("日本支持美国遏制中国。");

        Assert.Equal([("日本", Predicate.Cooperates, "美国"), ("美国", Predicate.Confronts, "中国")], document.Claims.Select(document.Triple).Order());
    }

    [Theory]
    [InlineData("美国与日本联合遏制中国。")]
    [InlineData("美国联合遏制中国。")]
    public void a_partner_of_a_joint_act_is_not_its_target(string text)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => document.Triple(c) is (_, Predicate.Confronts, "日本") or (_, Predicate.Cooperates, "中国"));
        Assert.Contains(document.Claims, c => document.Triple(c) == ("美国", Predicate.Confronts, "中国"));
    }

    [Theory]
    [InlineData("美国与中国加大竞争力度。", Predicate.Competes)]
    [InlineData("美国同俄罗斯扩大对抗。", Predicate.Confronts)]
    public void acting_with_a_state_in_a_rivalry_is_the_rivalry_not_cooperation(string text, Predicate rivalry)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.Cooperates);
        Assert.Contains(document.Claims, c => c.Predicate == rivalry);
    }

    [Theory]
    [InlineData("美国重申对中国的关切。")]
    [InlineData("日本看好中国市场。")]
    public void a_statement_or_a_view_about_a_state_is_not_siding_with_it(string text)
    {
        Assert.DoesNotContain(Extract.Sentence(text).Claims, c => c.Predicate == Predicate.Cooperates);
    }

    [Theory]
    [InlineData("多数美国人支持限制中国留学生。")]
    [InlineData("日本政府支持制裁中国。")]
    public void a_verb_right_before_another_predicates_verb_takes_its_phrase_not_its_object(string text)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => document.Triple(c) is (_, Predicate.Cooperates or Predicate.Supports, "中国"));
    }

    [Theory]
    [InlineData("特朗普即签署行政命令退出TPP。", "特朗普", "TPP")]
    [InlineData("拜登总统签署行政法规，推翻“穆斯林禁令”。", "拜登", "穆斯林禁令")]
    [InlineData("美国推动废除《平价医疗法案》。", "美国", "平价医疗法案")]
    public void a_policy_a_later_verb_leaves_or_undoes_is_not_backed_by_the_verb_before(string text, string subject, string policy)
    {
        var document = Extract.Sentence(text);
        var triples = document.Claims.Select(document.Triple).ToList();

        Assert.DoesNotContain((subject, Predicate.Supports, policy), triples);
        Assert.Contains(triples, t => t.Subject == subject && t.Object == policy && t.Predicate is Predicate.Opposes or Predicate.Changes);
    }

    [Theory]
    // Verbs in series that all back it share it, and a change into it (调整为) turns against none.
    [InlineData("中国提出并推动“一带一路”倡议。", "中国", "一带一路")]
    [InlineData("日本推动将该机制调整为“印太经济框架”。", "日本", "印太经济框架")]
    public void a_policy_still_backed_by_the_verb_before(string text, string subject, string policy)
    {
        var document = Extract.Sentence(text);

        Assert.Contains((subject, Predicate.Supports, policy), document.Claims.Select(document.Triple));
    }

    [Theory]
    [InlineData("美国皮尤研究中心发布报告，批评中国。", "美国")]
    [InlineData("特朗普政府推动建设美、日、印、澳“四国安全合作机制”。", "日")]
    public void a_state_naming_an_organization_or_the_body_it_forms_is_no_party_to_a_claim(string text, string state)
    {
        var document = Extract.Sentence(text);

        Assert.DoesNotContain(document.Claims, c => document.Triple(c).Subject == state || document.Triple(c).Object == state);
    }

    [Fact]
    public void a_state_before_its_own_policy_still_acts()
    {
        var document = Extract.Sentence("美国“印太战略”旨在遏制中国。");

        Assert.Contains(document.Claims, c => document.Triple(c) == ("美国", Predicate.Confronts, "中国"));
    }

    [Fact]
    public void names_listed_together_relate_once_per_pair_with_the_first_named_as_subject()
    {
        var document = Extract.Sentence("美国、欧盟和日本正就工业补贴问题展开讨论。");

        Assert.Contains(document.Claims, c => document.Triple(c) == ("美国", Predicate.Engages, "日本"));
        Assert.All(document.Claims, c => Assert.Equal("美国", document.Triple(c).Subject));
    }

    [Fact]
    public void coordinated_verbs_share_their_object()
    {
        var document = Extract.Sentence("美国企图孤立、围堵中国。");

        Assert.Contains(document.Claims, c => document.Triple(c) == ("美国", Predicate.Confronts, "中国"));
    }

    [Theory]
    [InlineData(Predicate.Supports, EntityType.Organization, false, Predicate.Supports)]
    [InlineData(Predicate.Supports, EntityType.Person, true, Predicate.Cooperates)]
    [InlineData(Predicate.Supports, EntityType.Country, false, null)]
    public void a_support_word_sides_with_an_actor_only_when_it_means_siding(Predicate cue, EntityType obj, bool sides, Predicate? expected) =>
        Assert.Equal(expected, PredicateObjects.Toward(cue, obj, sides: sides));

    [Theory]
    [InlineData(Predicate.Supports, EntityType.Organization, Predicate.Supports)]
    [InlineData(Predicate.Cooperates, EntityType.Policy, Predicate.Supports)]
    [InlineData(Predicate.Confronts, EntityType.Country, Predicate.Confronts)]
    [InlineData(Predicate.Opposes, EntityType.Policy, Predicate.Opposes)]
    [InlineData(Predicate.Changes, null, Predicate.Changes)]
    public void reads_a_cue_toward_its_object(Predicate cue, EntityType? obj, Predicate expected) =>
        Assert.Equal(expected, PredicateObjects.Toward(cue, obj));

    [Fact]
    public void continuing_an_act_toward_a_state_continues_no_line_of_that_state()
    {
        var document = Extract.Sentence("拜登继续施压中国。");

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.Continues);
        Assert.Contains(document.Claims, c => document.Triple(c) == ("拜登", Predicate.Confronts, "中国"));
    }

    [Theory]
    [InlineData("美国和欧盟成立贸易和技术委员会。", "美国", "欧盟")]
    [InlineData("中国与东盟签署了新的协议。", "中国", "东盟")]
    public void acting_together_with_an_organization_is_cooperating_with_it(string text, string subject, string partner)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (subject, Predicate.Cooperates, partner));
        Assert.DoesNotContain(document.Claims, c => document.Triple(c) == (subject, Predicate.Supports, partner));
    }

    [Fact]
    public void joining_an_organization_stays_support()
    {
        var document = Extract.Sentence("韩国加入北约。");

        Assert.Equal(("韩国", Predicate.Supports, "北约"), document.Triple(Assert.Single(document.Claims)));
    }

    [Theory]
    [InlineData(Predicate.Continues, EntityType.Country)]
    [InlineData(Predicate.Changes, EntityType.Country)]
    [InlineData(Predicate.Confronts, EntityType.Policy)]
    [InlineData(Predicate.Engages, null)]
    [InlineData(Predicate.Competes, null)]
    public void a_cue_asserts_nothing_toward_an_object_its_predicate_cannot_take(Predicate cue, EntityType? obj) =>
        Assert.Null(PredicateObjects.Toward(cue, obj));

    [Theory]
    [InlineData("从中国的角度看，则会继续推动RCEP早日生效。", "中国", Predicate.Supports, "RCEP")]
    [InlineData("对美国而言，应当加强与日本的合作。", "美国", Predicate.Cooperates, "日本")]
    public void a_name_framed_as_the_viewpoint_is_the_subject_of_what_follows(string text, string subject, Predicate predicate, string obj)
    {
        var document = Extract.Sentence(text);

        Assert.Contains((subject, predicate, obj), document.Claims.Select(document.Triple));
    }
}
