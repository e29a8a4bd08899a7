using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Extraction.Tests.Normalize;

public sealed class TextNormalizerTests
{
    /// <summary>corpus/000's abstract and corpus/001's Nye paragraph, hard-wrapped as PDF extraction leaves them.</summary>
    private const string HardWrapped =
        """
        拜登政府执政后，美国的亚太安全布局将进入新的调整期。
        其亚太安全战略对特朗普政府时期战略的延续和继承将多于
        调整和变化。拜登政府亚太安全战略的核心目标仍将是推动
        与盟国的军事和安全战略协调。
        Joseph Nye argues that the
        balance of power between
        China and the United States
        will in the end be decided
        not by technology but by
        diplomatic and strategic
        choices.
        """;

    [Fact]
    public void joins_hard_line_breaks_between_han_characters_without_a_space()
    {
        var text = Extract.Normalized(HardWrapped).RequireNormalized().Text;

        Assert.Contains("其亚太安全战略对特朗普政府时期战略的延续和继承将多于调整和变化。拜登政府亚太安全战略的核心目标仍将是推动与盟国的军事和安全战略协调。", text);
    }

    [Fact]
    public void joins_hard_line_breaks_between_latin_words_with_one_space()
    {
        var text = Extract.Normalized(HardWrapped).RequireNormalized().Text;

        Assert.Contains("Joseph Nye argues that the balance of power between China and the United States will in the end be decided not by technology but by diplomatic and strategic choices.", text);
    }

    [Fact]
    public void keeps_a_paragraph_break_after_a_short_closing_line()
    {
        var text = Extract.Normalized(HardWrapped).RequireNormalized().Text;

        Assert.Contains("协调。\nJoseph", text);
    }

    [Fact]
    public void joins_the_lines_of_corpus_000_across_the_blank_lines_its_pdf_extraction_left()
    {
        var text = Extract.Normalized(CorpusDocuments.RawText(CorpusDocuments.Biden)).RequireNormalized().Text;

        Assert.Contains("由于美国国内政治极化严重，恢复经济、控制疫情、弥合国内社会撕裂等成为拜登政府的当务之急。", text);
    }

    /// <summary>
    /// PRODUCT BUG (LineJoiner.IsHardWrapped): corpus/002 is hard-wrapped like corpus/000, but its long English
    /// reference lines push the 90th-percentile line length to twice the median, so the joiner decides the text is
    /// not wrapped and turns every line break into a paragraph break: 859 "sentences", many cut mid-word.
    /// </summary>
    [Fact]
    public void joins_the_hard_wrapped_lines_of_corpus_002_although_it_also_holds_long_reference_lines()
    {
        var text = Extract.Normalized(CorpusDocuments.RawText(CorpusDocuments.Byline)).RequireNormalized().Text;

        Assert.Contains("一战结束后，美国在凡尔赛会议上根据自身实力谋划主宰和领导世界，提出《十四点和平计划》和提倡建立国际联盟。", text);
    }

    /// <summary>
    /// PRODUCT BUG (LineJoiner.IsParagraphEnd): a wrapped line that opens with an enumerator (第二，) and is a little
    /// shorter than the typical line is taken for a list heading, so the sentence it starts is cut in two.
    /// </summary>
    [Fact]
    public void does_not_break_a_paragraph_after_a_wrapped_line_that_opens_with_an_enumerator()
    {
        var text = Extract.Normalized(CorpusDocuments.RawText(CorpusDocuments.Biden)).RequireNormalized().Text;

        Assert.Contains("第二，特朗普政府宣布美国的国家安全战略重回国家中心主义，尤其是要应对中国这样的竞争者；", text);
    }

    [Fact]
    public void drops_page_numbers_and_the_running_header_and_joins_the_sentence_they_interrupted()
    {
        var raw = CorpusDocuments.RawText(CorpusDocuments.Journal);
        Assert.Equal(3, CountOf(raw, "《国际问题研究》2023 年第 6 期"));

        var text = Extract.Normalized(raw).RequireNormalized().Text;

        Assert.DoesNotContain("《国际问题研究》2023 年第 6 期", text);
        Assert.DoesNotContain("\n32\n", text);
        Assert.Contains("促进联合国着眼于全球性挑战，积极从寻求各国共同利益的最大公约数出发汇聚国际共识。", text);
    }

    [Fact]
    public void pulls_circled_number_footnotes_out_of_the_flow_as_notes()
    {
        var document = Extract.Normalized(CorpusDocuments.RawText(CorpusDocuments.Biden));

        var note = Assert.Single(document.Notes, n => n.Text.StartsWith("朱锋", StringComparison.Ordinal));
        Assert.Equal("①", note.Marker);
        Assert.Equal("朱锋，南京大学国际关系研究院教授。", note.Text);
        Assert.DoesNotContain("南京大学国际关系研究院教授", document.RequireNormalized().Text);
    }

    [Fact]
    public void drops_the_footnote_marker_from_the_heading_it_was_attached_to()
    {
        var document = Extract.Normalized(CorpusDocuments.RawText(CorpusDocuments.Biden));
        var text = document.RequireNormalized().Text;

        Assert.Contains("拜登政府的亚太安全战略：结构要素与战略目标\n拜登政府执政后", text);
    }

    /// <summary>
    /// PRODUCT BUG (FootnoteMarkerRemover): the marker pattern takes the space before the marker along, and the
    /// reference is recorded at the start of the match, so ReferencedAt points at the space, one before the ①.
    /// </summary>
    [Fact]
    public void records_where_the_footnote_marker_stands_in_the_original()
    {
        var document = Extract.Normalized(CorpusDocuments.RawText(CorpusDocuments.Biden));

        var note = Assert.Single(document.Notes, n => n.Text.StartsWith("朱锋", StringComparison.Ordinal));
        Assert.NotNull(note.ReferencedAt);
        Assert.Equal("①", document.Original.Substring(note.ReferencedAt.Value, 1));
    }

    [Fact]
    public void pulls_bracketed_number_footnotes_out_of_the_flow_as_notes()
    {
        var document = Extract.Normalized(CorpusDocuments.RawText(CorpusDocuments.Journal));
        var text = document.RequireNormalized().Text;

        Assert.Contains(document.Notes, n => n.Marker == "[3]" && n.Text.StartsWith("习近平：《坚定信心 共克时艰", StringComparison.Ordinal));
        Assert.DoesNotContain("共克时艰", text);
        Assert.Contains("共同掌握世界命运的核心平台。促进联合国", text);
    }

    [Fact]
    public void rejoins_a_word_that_a_footnote_interrupts_across_a_page_break()
    {
        var raw = CorpusDocuments.RawText(CorpusDocuments.Biden);
        Assert.Contains("《美国印太战\n\n① 朱锋，南京大学国际关系研究院教授。 \n 略报告》", raw);

        var document = Extract.Normalized(raw);

        Assert.Contains("再到特朗普卸任前提前解密的《美国印太战略报告》，均可以发现", document.RequireNormalized().Text);
        Assert.Contains(document.Notes, n => n.Text == "朱锋，南京大学国际关系研究院教授。");
    }

    [Fact]
    public void strips_the_html_and_markdown_of_the_web_page_in_corpus_003()
    {
        var text = Extract.Normalized(CorpusDocuments.RawText(CorpusDocuments.WebPage)).RequireNormalized().Text;

        Assert.DoesNotContain("<", text);
        Assert.DoesNotContain(">", text);
        Assert.DoesNotContain("](", text);
        Assert.DoesNotContain("------", text);
        Assert.DoesNotContain("https://", text);
        Assert.DoesNotContain("story-body", text);
        Assert.StartsWith("大选后中美关系可争取出现缓和\n", text);
        Assert.Contains("美国大选尘埃落定，拜登当选第46任总统。", text);
        Assert.Contains("王辉耀：拜登上任后，将更加注重在意识形态上团结盟友、打压中国", text);
    }

    [Fact]
    public void leaves_plain_text_with_a_stray_angle_bracket_alone()
    {
        const string text = "美国认为 a<b 的说法并不成立。中国表示反对。";

        Assert.Equal(text, Extract.Normalized(text).RequireNormalized().Text);
    }

    [Theory]
    [InlineData("<p>拜登政府与&#x4E2D;&#x56FD;展开对话。</p><p>完</p>", "&#x4E2D;&#x56FD;")]
    [InlineData("<p>拜登政府与中&#22269;展开对话。</p><p>完</p>", "中&#22269;")]
    [InlineData("<p>拜登政府与&#20013;国展开对话。</p><p>完</p>", "&#20013;国")]
    public void a_name_written_with_character_references_spans_the_whole_references_in_the_original(string page, string surface)
    {
        var document = Extract.Document(page, "page.html");

        var china = document.MentionOf("中国");
        Assert.Equal(surface, page[china.Original.Start..china.Original.End]);
    }

    /// <summary>A web page that glosses characters with pinyin in parentheses, as some reposting sites do.</summary>
    private const string Glossed = "拜登政府推動(dòng)民主國（guó）家聯(lián)盟建設(shè)，並全面推進(jìn)“印太戰(zhàn)略”。";

    [Fact]
    public void drops_pinyin_glosses_that_split_the_words_of_a_web_page()
    {
        var text = Extract.Normalized(Glossed).RequireNormalized().Text;

        Assert.Equal("拜登政府推動民主國家聯盟建設，並全面推進“印太戰略”。", text);
    }

    [Theory]
    [InlineData("兰德公司(Rand)与世界贸易组织（WTO）的报告")]
    [InlineData("报告分为(a)和(b)两部分")]
    [InlineData("Biden (bài dēng) said so")]
    [InlineData("法国总统府爱丽舍宫(élysée)发表声明")]
    [InlineData("战略戰(zhàn）略的括号不成对")]
    public void keeps_parentheses_that_are_not_a_tone_marked_gloss_after_a_character(string text)
    {
        Assert.Equal(text, Extract.Normalized(text).RequireNormalized().Text);
    }

    [Fact]
    public void maps_every_character_of_glossed_text_back_to_its_original()
    {
        AssertMapsBack(Extract.Normalized(Glossed));
    }

    [Fact]
    public void finds_names_and_cues_across_glosses_and_points_the_name_at_the_original_characters()
    {
        var document = Extract.Document(Glossed);

        var policy = document.MentionOf("印太戰略");
        Assert.Equal("印太戰(zhàn)略", Glossed[policy.Original.Start..policy.Original.End]);
        Assert.Contains(document.Claims, c => c.Predicate == Predicate.Supports && c.Object == policy.Id);
    }

    [Theory]
    [MemberData(nameof(CorpusDocuments.Names), MemberType = typeof(CorpusDocuments))]
    public void maps_every_normalized_character_back_to_the_original_character_it_came_from(string name)
    {
        var document = Extract.Normalized(CorpusDocuments.RawText(name));
        AssertMapsBack(document);
    }

    [Fact]
    public void maps_every_character_of_hard_wrapped_text_back_to_its_original()
    {
        AssertMapsBack(Extract.Normalized(HardWrapped));
    }

    [Theory]
    [InlineData("法新社记者:美国表示,中国支持俄罗斯;日本反对?", "法新社记者：美国表示，中国支持俄罗斯；日本反对？")]
    [InlineData("1,000 人于 10:30 到场。Note: 中国", "1,000 人于 10:30 到场。Note: 中国")]
    public void folds_ascii_punctuation_beside_chinese_in_the_matching_key_only(string text, string key)
    {
        var normalized = Extract.Normalized(text).RequireNormalized();

        Assert.Equal(key, normalized.Key);
        Assert.Equal(text, normalized.Text);
    }

    [Fact]
    public void gives_the_matching_key_the_length_of_the_text()
    {
        var normalized = Extract.Normalized(CorpusDocuments.RawText(CorpusDocuments.WebPage)).RequireNormalized();

        Assert.Equal(normalized.Text.Length, normalized.Key.Length);
        Assert.Equal(normalized.Text.Length, normalized.Map.Length);
    }

    /// <summary>
    /// Every character the normalizer kept maps to the very same character of the original; characters it made up
    /// (a space joining Latin lines, a paragraph break) are white space. The map never runs backwards.
    /// </summary>
    private static void AssertMapsBack(AnalyzedDocument document)
    {
        var normalized = document.RequireNormalized();
        var original = document.Original;
        var previous = -1;
        for (var i = 0; i < normalized.Text.Length; i++)
        {
            var at = normalized.Map.ToOriginal(i);
            Assert.InRange(at, 0, original.Length - 1);
            Assert.True(at >= previous, $"map runs backwards at normalized {i}: {at} after {previous}");
            var c = normalized.Text[i];
            if (!char.IsWhiteSpace(c))
                Assert.True(c == original[at], $"normalized {i} '{c}' maps to original {at} '{original[at]}'");
            previous = at;
        }
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
