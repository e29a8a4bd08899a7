using ClaimGraph.Storage.Contract.Support;
using ClaimGraph.Storage.Neo4j.Reading;
using ClaimGraph.Storage.Neo4j.Tests.Support;
using ClaimGraph.Storage.Neo4j.Writing;

namespace ClaimGraph.Storage.Neo4j.Tests.Reading;

/// <summary>
/// The Neo4j store ranks search hits with <see cref="Bm25"/> from counts it keeps (trigram tokens, folded text).
/// Checked here against SQLite's own FTS5 on the corpus: the same ranks, to the last bit, in the same order.
/// </summary>
public sealed class Bm25Tests : IAsyncLifetime
{
    private readonly TemporarySqliteStore _file = new();
    private IGraphStore _sqlite = null!;

    public async Task InitializeAsync()
    {
        _sqlite = _file.Open();
        await _sqlite.InitializeAsync();
        foreach (var document in TestDocuments.AllCorpus) await _sqlite.IngestAsync(document);
    }

    public async Task DisposeAsync()
    {
        await _sqlite.DisposeAsync();
        _file.Delete();
    }

    [Theory]
    [InlineData("印太战略")]
    [InlineData("拜登政府")]
    [InlineData("美国的")]
    [InlineData("RCEP")]
    [InlineData("rcep")]
    [InlineData("中国和")]
    public async Task ranks_as_sqlite_fts5_ranks_the_same_sentences(string text)
    {
        var documents = TestDocuments.AllCorpus.Select(d => d.Id).ToList();
        var sentences = await _sqlite.SentencesOfDocumentsAsync(documents);
        var folded = TrigramText.Fold(text);
        var hits = sentences.Where(s => TrigramText.Fold(s.Text).Contains(folded, StringComparison.Ordinal)).ToList();
        var tokens = sentences.Sum(s => (long)TrigramText.Tokens(s.Text));

        var expected = hits
            .Select(s => (s.Id, Rank: Bm25.Rank(Occurrences(TrigramText.Fold(s.Text), folded), TrigramText.Tokens(s.Text), sentences.Count, tokens, hits.Count)))
            .OrderBy(h => h.Rank).ThenBy(h => h.Id).Take(100).ToList();
        var actual = (await _sqlite.SearchAsync(text, 100)).Select(h => (h.Sentence.Id, h.Rank)).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    private static int Occurrences(string text, string phrase) =>
        Enumerable.Range(0, Math.Max(0, text.Length - phrase.Length + 1)).Count(i => string.CompareOrdinal(text, i, phrase, 0, phrase.Length) == 0);
}
