using System.Security.Cryptography;
using ClaimGraph.Bench.Corpus;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Bench.Tests;

public sealed class CorpusGeneratorTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "claimgraph-bench-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void a_generated_corpus_reaches_the_asked_size_and_no_two_documents_are_alike()
    {
        var made = CorpusGenerator.FromDirectory(RepositoryPaths.Corpus, seed: 7).Write(_directory, 600_000);

        var files = Directory.GetFiles(_directory, "*.txt");
        Assert.Equal(made.Documents, files.Length);
        Assert.True(files.Length >= 9, $"600 KB in documents of at most 64 KB needs at least 9, got {files.Length}");
        Assert.Equal(made.Bytes, files.Sum(f => new FileInfo(f).Length));
        Assert.InRange(made.Bytes, 600_000, 600_000 + CorpusGenerator.DocumentBytes + 50_000);
        var hashes = files.Select(f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))).ToList();
        Assert.Equal(hashes.Count, hashes.Distinct().Count());
        Assert.DoesNotContain(files, f => RepositoryPaths.CorpusFiles.Any(c => Path.GetFileName(c) == Path.GetFileName(f)));
    }

    [Fact]
    public void generated_documents_are_made_of_whole_paragraphs_of_the_corpus()
    {
        var corpusParagraphs = RepositoryPaths.CorpusFiles.SelectMany(f => Paragraphs.Of(File.ReadAllText(f))).ToHashSet();
        CorpusGenerator.FromDirectory(RepositoryPaths.Corpus, seed: 11).Write(_directory, 100_000);

        var paragraphs = Directory.GetFiles(_directory, "*.txt").SelectMany(f => Paragraphs.Of(File.ReadAllText(f))).ToList();
        Assert.NotEmpty(paragraphs);
        Assert.All(paragraphs, p => Assert.Contains(p, corpusParagraphs));
    }

    [Fact]
    public void the_same_seed_makes_the_same_corpus()
    {
        var first = CorpusGenerator.FromDirectory(RepositoryPaths.Corpus, seed: 3).Write(Path.Combine(_directory, "a"), 150_000);
        var second = CorpusGenerator.FromDirectory(RepositoryPaths.Corpus, seed: 3).Write(Path.Combine(_directory, "b"), 150_000);

        Assert.Equal(first.Documents, second.Documents);
        var a = Directory.GetFiles(first.Directory).Order(StringComparer.Ordinal).Select(File.ReadAllText);
        var b = Directory.GetFiles(second.Directory).Order(StringComparer.Ordinal).Select(File.ReadAllText);
        Assert.Equal(a, b);
    }

    [Fact]
    public void the_generator_refuses_a_directory_that_already_holds_documents()
    {
        Directory.CreateDirectory(_directory);
        File.WriteAllText(Path.Combine(_directory, "old.txt"), "美国。");

        var error = Assert.Throws<ArgumentException>(() => CorpusGenerator.FromDirectory(RepositoryPaths.Corpus, seed: 1).Write(_directory, 10_000));
        Assert.Contains("already holds", error.Message);
    }

    [Fact]
    public void paragraphs_are_the_runs_of_lines_between_blank_lines()
    {
        var paragraphs = Paragraphs.Of("第一段第一行\n第一段第二行\n \n\n第二段\r\n\n");

        Assert.Equal(["第一段第一行\n第一段第二行", "第二段"], paragraphs);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory)) Directory.Delete(_directory, recursive: true);
    }
}
