using ClaimGraph.Storage.Contract.Skipping;
using ClaimGraph.Storage.Contract.Support;

namespace ClaimGraph.Storage.Contract.Stores;

/// <summary>Sentences: listed per document, and found by full-text search.</summary>
public abstract partial class GraphStoreContract
{
    [StoreFact]
    public async Task lists_every_sentence_of_a_document_in_reading_order()
    {
        var document = await IngestSampleAsync();
        var corpus = TestDocuments.Corpus("001_ae334e4762760cfe.txt");

        var sentences = await Store.SentencesOfDocumentsAsync([corpus.Id, document.Id]);

        var expected = new[] { document, corpus }.OrderBy(d => d.Id, StringComparer.Ordinal)
            .SelectMany(d => d.Sentences.Select(s => (d.Id, s.Index, s.Text, s.Original.Start, s.Original.End)));
        Assert.Equal(expected, sentences.Select(s => (s.DocumentId, s.Index, s.Text, s.Start, s.End)));
        Assert.Equal(sentences.Select(s => s.Id).Order(), (await Store.SentencesByIdAsync(sentences.Select(s => s.Id).ToList())).Select(s => s.Id).Order());
        Assert.Empty(await Store.SentencesOfDocumentsAsync([]));
    }

    [StoreFact]
    public async Task searches_chinese_text_of_three_or_more_characters()
    {
        await IngestAsync(TestDocuments.Corpus("000_7f31d1b3d6251144.txt"));
        var expected = TestDocuments.Corpus("000_7f31d1b3d6251144.txt").Sentences.Count(s => s.Text.Contains("印太战略", StringComparison.Ordinal));

        var hits = await Store.SearchAsync("印太战略", 100);

        Assert.True(expected > 1, "corpus/000 should speak of 印太战略 more than once");
        Assert.Equal(expected, hits.Count);
        Assert.All(hits, h => Assert.Contains("印太战略", h.Sentence.Text));
        Assert.Equal(3, (await Store.SearchAsync("印太战略", 3)).Count);
    }

    [StoreTheory]
    [InlineData("日本")]
    [InlineData("华")]
    public async Task searches_chinese_text_shorter_than_three_characters(string text)
    {
        var document = await IngestSampleAsync();
        var expected = document.Sentences.Count(s => s.Text.Contains(text, StringComparison.Ordinal))
            + TestDocuments.Corpus("001_ae334e4762760cfe.txt").Sentences.Count(s => s.Text.Contains(text, StringComparison.Ordinal));

        var hits = await Store.SearchAsync(text, 100);

        Assert.True(expected > 0);
        Assert.Equal(Math.Min(expected, 100), hits.Count);
        Assert.All(hits, h => Assert.Contains(text, h.Sentence.Text));
    }
}
