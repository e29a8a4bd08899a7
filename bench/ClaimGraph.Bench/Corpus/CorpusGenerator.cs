using System.Security.Cryptography;
using System.Text;

namespace ClaimGraph.Bench.Corpus;

/// <summary>
/// Makes a corpus of a given size from the founding documents: each new document draws its paragraphs at random
/// (seeded) from all of them, under a fresh name, and no two documents have the same text, so the store's
/// idempotent ingest (documents are keyed by a hash of their text) cannot skip any.
/// </summary>
public sealed class CorpusGenerator(IReadOnlyList<string> paragraphs, int seed)
{
    /// <summary>About the size of a founding document (they run from 8 to 290 KB).</summary>
    public const int DocumentBytes = 64 * 1024;

    private const int MaxDuplicates = 1000;

    public static CorpusGenerator FromDirectory(string directory, int seed)
    {
        var files = Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0) throw new ArgumentException($"{directory}: no .txt documents to draw paragraphs from");
        var paragraphs = files.SelectMany(f => Paragraphs.Of(File.ReadAllText(f))).ToList();
        if (paragraphs.Count < 2) throw new ArgumentException($"{directory}: fewer than two paragraphs to recombine");
        return new CorpusGenerator(paragraphs, seed);
    }

    /// <summary>Writes documents to <paramref name="outDirectory"/> until they hold at least <paramref name="totalBytes"/> bytes of UTF-8.</summary>
    public GeneratedCorpus Write(string outDirectory, long totalBytes)
    {
        if (totalBytes <= 0) throw new ArgumentException("the corpus size must be positive");
        Directory.CreateDirectory(outDirectory);
        if (Directory.EnumerateFiles(outDirectory, "*.txt").Any()) throw new ArgumentException($"{outDirectory}: already holds .txt files; give an empty or new directory");
        var random = new Random(seed);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long written = 0;
        var (count, duplicates) = (0, 0);
        while (written < totalBytes)
        {
            var text = Compose(random, (int)Math.Min(DocumentBytes, Math.Max(totalBytes - written, 4096)));
            var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            if (!seen.Add(hash))
            {
                if (++duplicates > MaxDuplicates) throw new InvalidOperationException($"{duplicates} drawn documents repeated earlier ones: too few paragraphs for {totalBytes:N0} bytes");
                continue;
            }
            var path = Path.Combine(outDirectory, $"gen_{count:D6}_{hash[..12]}.txt");
            var bytes = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(path, bytes);
            written += bytes.Length;
            count++;
        }
        return new GeneratedCorpus(outDirectory, count, written);
    }

    private string Compose(Random random, int targetBytes)
    {
        var builder = new StringBuilder();
        var bytes = 0;
        while (bytes < targetBytes)
        {
            var paragraph = paragraphs[random.Next(paragraphs.Count)];
            builder.Append(paragraph).Append("\n\n");
            bytes += Encoding.UTF8.GetByteCount(paragraph) + 2;
        }
        return builder.ToString();
    }
}
