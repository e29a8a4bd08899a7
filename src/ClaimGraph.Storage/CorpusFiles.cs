namespace ClaimGraph.Storage;

/// <summary>Expands files and directories into the document files to ingest, in a stable order.</summary>
public static class CorpusFiles
{
    /// <summary>Extensions read from a directory; a file named explicitly is read whatever its extension.</summary>
    public static readonly IReadOnlySet<string> DocumentExtensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".text", ".html", ".htm" };

    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path).Where(f => DocumentExtensions.Contains(Path.GetExtension(f))).Order(StringComparer.Ordinal));
            else if (File.Exists(path))
                files.Add(path);
            else
                throw new FileNotFoundException($"{path}: no such file or directory", path);
        }
        return files;
    }
}
