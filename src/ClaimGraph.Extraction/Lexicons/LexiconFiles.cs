namespace ClaimGraph.Extraction.Lexicons;

/// <summary>
/// Opens lexicon data files: from a directory when one is given (to try an edited gazetteer),
/// otherwise from the copies embedded in this assembly.
/// </summary>
public sealed class LexiconFiles(string? directory = null)
{
    public Stream Open(string fileName)
    {
        if (directory is not null)
        {
            var path = Path.Combine(directory, fileName);
            if (File.Exists(path)) return File.OpenRead(path);
        }
        var assembly = typeof(LexiconFiles).Assembly;
        var resource = $"ClaimGraph.Extraction.Lexicons.{fileName}";
        return assembly.GetManifestResourceStream(resource)
            ?? throw new FileNotFoundException($"lexicon '{fileName}' is neither in '{directory ?? "(no directory)"}' nor embedded", fileName);
    }

    public string ReadAllText(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        return reader.ReadToEnd();
    }
}
