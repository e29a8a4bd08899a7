using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Lexicons;
using ClaimGraph.Extraction.Normalize;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Recognize;

/// <summary>Traditional-character input: names through the gazetteer's Traditional aliases, cues through the hant-hans table.</summary>
public sealed class ScriptFoldingTests
{
    /// <summary>東盟推動RCEP: the name is a Traditional alias, but the cue 推動 is only found once 動 folds to 动.</summary>
    private const string Traditional = "東盟推動RCEP。";

    [Fact]
    public void recognizes_traditional_state_names_through_their_gazetteer_aliases()
    {
        var document = Extract.Sentence("美國對中國實施制裁。");

        Assert.Equal("COUNTRY:美国", document.MentionOf("美國").Actor?.Key);
        Assert.Equal("COUNTRY:中国", document.MentionOf("中國").Actor?.Key);
    }

    [Fact]
    public void finds_the_claim_in_a_traditional_sentence_once_a_folding_table_maps_its_characters()
    {
        var folding = new ScriptFolding(new Dictionary<char, char> { ['東'] = '东', ['動'] = '动' });
        var document = Extract.Sentence(Traditional, LexiconsWith(folding));

        var claim = Assert.Single(document.Claims);
        Assert.Equal(("東盟", Predicate.Supports, "RCEP"), document.Triple(claim));
        Assert.Equal("ORGANIZATION:东盟", document.MentionOf("東盟").Actor?.Key);
    }

    [Fact]
    public void keeps_the_surface_in_traditional_characters_while_matching_on_the_folded_key()
    {
        var folding = new ScriptFolding(new Dictionary<char, char> { ['東'] = '东', ['動'] = '动' });
        var document = Extract.Sentence(Traditional, LexiconsWith(folding));

        Assert.Equal(Traditional, document.RequireNormalized().Text);
        Assert.Equal("东盟推动RCEP。", document.RequireNormalized().Key);
    }

    [RequiresShippedScriptFoldingFact]
    public void finds_the_claim_in_a_traditional_sentence_with_the_shipped_folding_table()
    {
        var document = Extract.Sentence(Traditional);

        var claim = Assert.Single(document.Claims);
        Assert.Equal(("東盟", Predicate.Supports, "RCEP"), document.Triple(claim));
    }

    private static ExtractionLexicons LexiconsWith(ScriptFolding folding)
    {
        var key = new MatchingKey(folding);
        return ExtractionLexicons.Default with { Key = key, Gazetteer = new Gazetteer(ExtractionLexicons.Default.Gazetteer.Entries, key.Of) };
    }
}

/// <summary>Runs only when the shipped hant-hans.tsv holds character pairs; otherwise skips and says why.</summary>
public sealed class RequiresShippedScriptFoldingFactAttribute : FactAttribute
{
    public RequiresShippedScriptFoldingFactAttribute()
    {
        var pairs = ScriptFoldingReader.Read(new LexiconFiles().ReadAllText("hant-hans.tsv")).Count;
        if (pairs == 0)
            Skip = "src/ClaimGraph.Extraction/Lexicons/hant-hans.tsv ships no character pairs yet (ScriptFolding is empty, only its header comment): "
                + "Traditional text is matched only through the gazetteer's Traditional aliases, so cue words like 推動 are not found. "
                + "This test runs by itself once the table is filled.";
    }
}
