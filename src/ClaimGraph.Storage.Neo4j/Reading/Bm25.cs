namespace ClaimGraph.Storage.Neo4j.Reading;

/// <summary>
/// SQLite FTS5's bm25() for a one-phrase query, term for term (k1 = 1.2, b = 0.75, idf floored at 1e-6, negated so
/// that lower ranks are better), so the Neo4j store ranks search hits exactly as the SQLite store does.
/// </summary>
public static class Bm25
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <param name="frequency">How often the phrase occurs in the sentence.</param>
    /// <param name="tokens">The sentence's trigram count.</param>
    /// <param name="rows">Sentences in the store.</param>
    /// <param name="totalTokens">Trigrams in the store.</param>
    /// <param name="hits">Sentences holding the phrase.</param>
    public static double Rank(long frequency, long tokens, long rows, long totalTokens, long hits)
    {
        var idf = Math.Log((rows - hits + 0.5) / (hits + 0.5));
        if (idf <= 0.0) idf = 1e-6;
        var averageLength = (double)totalTokens / rows;
        double tf = frequency, length = tokens;
        var score = 0.0;
        score += idf * (tf * (K1 + 1.0) / (tf + K1 * (1 - B + B * length / averageLength)));
        return -1.0 * score;
    }
}
