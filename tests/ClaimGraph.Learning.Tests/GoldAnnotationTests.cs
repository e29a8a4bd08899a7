using ClaimGraph.Core.Contract;
using ClaimGraph.Core.Documents;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Learning.Tests;

/// <summary>Every gold line keeps the contract: it parses, its names occur in its sentence, its claims use its names.</summary>
public sealed class GoldAnnotationTests
{
    public static TheoryData<string> GoldFiles => new() { "train.jsonl", "train-written.jsonl", "heldout-written.jsonl", "dev.jsonl", "dev-traditional.jsonl" };

    private static string PathOf(string file) => Path.Combine(RepositoryPaths.Root, "corpus", "annotations", file);

    private static List<ContractLine> Read(string file) => ContractJson.ReadFile(PathOf(file)).ToList();

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void every_gold_line_keeps_the_contract(string file)
    {
        var lines = Read(file);
        Assert.NotEmpty(lines);
        Assert.Equal(lines.Count, lines.Select(l => l.Id).Distinct().Count());
        foreach (var line in lines)
        {
            foreach (var entity in line.Entities)
            {
                Assert.True(line.Text.Contains(entity.Text, StringComparison.Ordinal), $"{line.Id}: entity '{entity.Text}' is not in the sentence");
                Assert.True(ContractNames.TryParse<EntityType>(entity.Type, out _), $"{line.Id}: '{entity.Type}' is not an entity type");
                Assert.False(entity.Text.StartsWith('《') || entity.Text.EndsWith('》'), $"{line.Id}: '{entity.Text}' keeps its 《》");
            }
            var names = line.Entities.Select(e => e.Text).ToHashSet();
            foreach (var claim in line.Claims)
            {
                Assert.True(names.Contains(claim.Subject), $"{line.Id}: subject '{claim.Subject}' is not among the entities");
                Assert.True(claim.Object is null || names.Contains(claim.Object), $"{line.Id}: object '{claim.Object}' is not among the entities");
                Assert.True(claim.Source is null || names.Contains(claim.Source), $"{line.Id}: source '{claim.Source}' is not among the entities");
                Assert.True(ContractNames.TryParse<Predicate>(claim.Predicate, out _), $"{line.Id}: '{claim.Predicate}' is not a predicate");
                Assert.True(ContractNames.TryParse<Modality>(claim.Modality, out _), $"{line.Id}: '{claim.Modality}' is not a modality");
            }
        }
    }

    [Fact]
    public void the_dev_split_shares_no_sentence_with_training_and_draws_on_every_document()
    {
        var train = Read("train.jsonl");
        var dev = Read("dev.jsonl");

        Assert.Empty(train.Select(l => l.Id).Intersect(dev.Select(l => l.Id)));
        Assert.Empty(train.Select(l => l.Text).Intersect(dev.Select(l => l.Text)));
        Assert.True(dev.Count >= 200, $"dev has {dev.Count} sentences");
        var corpusDocuments = RepositoryPaths.CorpusFiles.Select(f => Path.GetFileName(f)).ToHashSet();
        Assert.Equal(corpusDocuments, dev.Select(l => l.Doc).ToHashSet());
        Assert.True(train.Count + dev.Count >= 700, $"only {train.Count + dev.Count} gold sentences");
    }

    [Theory]
    [InlineData("train-written.jsonl", "heldout-written.jsonl")]
    [InlineData("heldout-written.jsonl", "train-written.jsonl")]
    public void written_sentences_are_no_corpus_dev_or_other_written_sentences_and_keep_ids_of_their_own(string file, string other)
    {
        var written = Read(file);
        var others = Read("train.jsonl").Concat(Read("dev.jsonl")).Concat(Read("dev-traditional.jsonl")).Concat(Read(other)).ToList();
        Assert.Empty(written.Select(l => l.Id).Intersect(others.Select(l => l.Id)));
        Assert.Empty(written.Select(l => l.Text).Intersect(others.Select(l => l.Text)));
        var corpusDocuments = RepositoryPaths.CorpusFiles.Select(f => Path.GetFileName(f)).ToHashSet();
        Assert.DoesNotContain(written, l => corpusDocuments.Contains(l.Doc));
    }

    [Fact]
    public void the_traditional_dev_set_rewrites_dev_sentences_in_traditional_script()
    {
        var dev = Read("dev.jsonl").ToDictionary(l => l.Id);
        var traditional = File.ReadLines(PathOf("dev-traditional.jsonl"))
            .Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement)
            .ToList();

        Assert.True(traditional.Count >= 60, $"only {traditional.Count} Traditional sentences");
        foreach (var line in traditional)
        {
            var source = line.GetProperty("source_id").GetString()!;
            Assert.True(dev.ContainsKey(source), $"{source} is not a dev sentence");
            Assert.NotEqual(dev[source].Text, line.GetProperty("text").GetString());
        }
        Assert.Contains(traditional, l => l.GetProperty("text").GetString()!.Contains('國'));
    }
}
