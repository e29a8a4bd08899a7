using ClaimGraph.Storage.Neo4j.Http;
using ClaimGraph.Storage.Neo4j.Writing;
using ClaimGraph.Storage.Records;
using static ClaimGraph.Storage.Neo4j.Cypher.CypherStatements;

namespace ClaimGraph.Storage.Neo4j.Reading;

/// <summary>
/// Sentences holding a text. Like the SQLite store: under three characters, a plain substring match in sentence
/// order (rank 0); from three, a case-folded match ranked by BM25 over trigrams, best first, ties by sentence id.
/// </summary>
public sealed class Neo4jSentenceSearch(Neo4jExecutor executor, Neo4jDocumentQueries lists)
{
    public async Task<IReadOnlyList<SentenceHit>> SearchAsync(string text, int limit, CancellationToken ct)
    {
        if (text.Length < TrigramText.MinQueryLength)
        {
            var found = await executor.RunAsync(Search.Substring.With(("text", text), ("limit", limit)), ct);
            return found.Rows.Select(r => new SentenceHit(Neo4jRecords.Sentence(r), 0)).ToList();
        }
        var results = await executor.RunAsync([Search.Totals.With(), Search.Phrase.With(("folded", TrigramText.Fold(text)))], ct);
        var totals = results[0].Rows[0];
        var hits = results[1].Rows.Select(r => (Id: r.Long("id"), Tokens: r.Long("tokens"), Frequency: r.Long("frequency"))).ToList();
        var ranked = hits
            .Select(h => (h.Id, Rank: Bm25.Rank(h.Frequency, h.Tokens, totals.Long("sentences"), totals.Long("tokens"), hits.Count)))
            .OrderBy(h => h.Rank).ThenBy(h => h.Id).Take(limit).ToList();
        var sentences = (await lists.SentencesAsync(ranked.Select(h => h.Id).ToList(), ct)).ToDictionary(s => s.Id);
        // A sentence deleted between the two reads is left out rather than reported half.
        return ranked.Where(h => sentences.ContainsKey(h.Id)).Select(h => new SentenceHit(sentences[h.Id], h.Rank)).ToList();
    }
}
