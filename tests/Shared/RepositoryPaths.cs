namespace ClaimGraph.Tests.Shared;

/// <summary>Finds the repository the tests run in (the folder holding ClaimGraph.sln) and its corpus.</summary>
#if CLAIMGRAPH_TEST_LIBRARY
// Inside a library of tests (the store contract) it stays internal, so the test projects using it keep their own copy.
internal
#else
public
#endif
static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>The five corpus documents, in name order.</summary>
    public static IReadOnlyList<string> CorpusFiles =>
        Directory.GetFiles(Corpus, "*.txt").Order(StringComparer.Ordinal).ToList();

    public static string CorpusFile(string name) => Path.Combine(Corpus, name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ClaimGraph.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no ClaimGraph.sln above {AppContext.BaseDirectory}");
    }
}
