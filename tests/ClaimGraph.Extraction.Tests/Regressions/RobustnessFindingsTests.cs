using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Regressions;

/// <summary>Defects the property and load tests found, each pinned by the input that exposed it.</summary>
public sealed class RobustnessFindingsTests
{
    [Fact]
    public void a_document_opening_with_a_bracketed_english_name_is_read()
    {
        var document = Extract.Document("（Joe Biden）众所周知，美国与日本合作。");

        Assert.Contains(document.Claims, c => document.Triple(c) == ("美国", Predicate.Cooperates, "日本"));
    }

    [Fact]
    public void a_clause_dense_with_names_offers_each_cue_a_bounded_number_of_pairings()
    {
        // 200 names and 100 cues in one clause: every cue may pair with any name, so the pairings must be capped.
        var text = string.Concat(Enumerable.Repeat("美国日本合作中国", 100)) + "。";
        var recorder = new RecordingDecider();

        ExtractionPipeline.ForSentence(ExtractionLexicons.Default, recorder).Analyze(new DocumentInput("test.txt", text));

        Assert.InRange(recorder.Seen.Count, 100, 100 * ClaimGraph.Extraction.Claims.ClaimCandidateGenerator.MaxPairingsPerCue);
    }
}
