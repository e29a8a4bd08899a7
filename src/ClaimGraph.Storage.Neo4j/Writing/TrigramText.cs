using System.Text;

namespace ClaimGraph.Storage.Neo4j.Writing;

/// <summary>
/// Sentence text as the SQLite store's FTS5 trigram index sees it: case folded, and one token per three
/// consecutive characters. The Neo4j store keeps both on each sentence so search ranks the same.
/// </summary>
public static class TrigramText
{
    public const int MinQueryLength = 3;

    public static string Fold(string text) => text.ToLowerInvariant();

    public static int Tokens(string text) => Math.Max(0, text.EnumerateRunes().Count() - 2);
}
