using System.Globalization;
using ClaimGraph.Storage.Neo4j.Http;
using ClaimGraph.Storage.Records;
using static ClaimGraph.Storage.Neo4j.Cypher.CypherStatements;

namespace ClaimGraph.Storage.Neo4j.Reading;

/// <summary>Analysts' reviews of claims: written beside the claims, never over them.</summary>
public sealed class Neo4jReviewStore(Neo4jExecutor executor, Neo4jDocumentQueries lists)
{
    public async Task<ReviewRecord> AddAsync(ReviewInput input, CancellationToken ct)
    {
        var created = await executor.RunAsync(Reviews.Create.With(
            ("claim", input.ClaimId), ("verdict", input.Verdict), ("predicate", input.Predicate), ("negated", input.Negated), ("modality", input.Modality),
            ("reviewer", input.Reviewer), ("reviewedAt", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)), ("note", input.Note)), ct);
        return created.Rows.Select(Neo4jRecords.Review).FirstOrDefault() ?? throw new KeyNotFoundException($"no claim with id {input.ClaimId}");
    }

    public Task<IReadOnlyList<ReviewRecord>> ForClaimsAsync(IReadOnlyCollection<long> claimIds, CancellationToken ct) =>
        lists.ListAsync(Reviews.ForClaims, claimIds, Neo4jRecords.Review, ct);

    public async Task<IReadOnlyList<ReviewRecord>> AllAsync(CancellationToken ct) =>
        (await executor.RunAsync(Reviews.All.With(), ct)).Rows.Select(Neo4jRecords.Review).ToList();
}
