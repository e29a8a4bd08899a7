namespace ClaimGraph.Tests.Shared;

/// <summary>
/// Many distinct, realistic documents for durability and concurrency tests: each is a title and sentences drawn
/// (with a fixed seed) from the corpus, so every one has actors and claims, and no two have the same text.
/// </summary>
public static class GeneratedDocuments
{
    private static readonly Lazy<IReadOnlyList<string>> s_sentences = new(() =>
        RepositoryPaths.CorpusFiles
            .SelectMany(f => File.ReadAllText(f).Split('。'))
            .Select(s => s.ReplaceLineEndings("").Trim())
            .Where(s => s.Length is >= 20 and <= 200 && (s.Contains("美国") || s.Contains("中国") || s.Contains("日本")))
            .Select(s => s + "。")
            .Distinct()
            .ToList());

    /// <summary>(file name, text) pairs, the same for the same count and seed.</summary>
    public static IReadOnlyList<(string Name, string Text)> Create(int count, int sentencesEach = 8, int seed = 20240601)
    {
        var random = new Random(seed);
        var sentences = s_sentences.Value;
        return Enumerable.Range(1, count).Select(i =>
        {
            var body = string.Concat(Enumerable.Range(0, sentencesEach).Select(_ => sentences[random.Next(sentences.Count)]));
            return ($"doc-{i:D4}.txt", $"第{i}号报告\n\n{body}\n");
        }).ToList();
    }

    /// <summary>Writes the documents into a directory and returns it.</summary>
    public static string WriteTo(string directory, IReadOnlyList<(string Name, string Text)> documents)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, text) in documents) File.WriteAllText(Path.Combine(directory, name), text);
        return directory;
    }
}
