namespace ClaimGraph.Bench.Corpus;

/// <summary>The documents one benchmark runs over: a directory's .txt files, in name order.</summary>
public sealed record BenchCorpus(string Label, string Directory, IReadOnlyList<string> Files, long Bytes)
{
    public static BenchCorpus Open(string label, string directory)
    {
        if (!System.IO.Directory.Exists(directory)) throw new ArgumentException($"{directory}: no such directory");
        var files = System.IO.Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new ArgumentException($"{directory}: no .txt documents");
        return new BenchCorpus(label, directory, files, files.Sum(f => new FileInfo(f).Length));
    }

    public double Megabytes => Bytes / 1_000_000.0;
}
