using System.Globalization;
using ClaimGraph.Storage.Neo4j.Cypher;
using ClaimGraph.Storage.Neo4j.Http;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;
using static ClaimGraph.Storage.Neo4j.Cypher.CypherStatements;

namespace ClaimGraph.Storage.Neo4j.Reading;

/// <summary>Claim reads: filtered, keyset-paginated lists and batched lookups.</summary>
public sealed class Neo4jClaimQueries(Neo4jExecutor executor, Neo4jDocumentQueries lists)
{
    public async Task<Page<ClaimRecord>> PageAsync(ClaimFilter filter, PageRequest page, CancellationToken ct)
    {
        long? after = Cursor.Decode(page.After) is { } cursor
            ? long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : throw new InvalidCursorException(page.After!)
            : null;
        var values = FilterValues(filter);
        var anchor = Claims.AnchorFor(filter.Subject is not null, filter.Object is not null, filter.Source is not null, filter.ActorId is not null,
            filter.DocumentId is not null, filter.Text is { Length: > 0 });
        var results = await executor.RunAsync(
            [Claims.CountBy[anchor].With(values), Claims.PageBy[anchor].With([.. values, ("after", after), ("limit", page.First + 1)])], ct);
        return Neo4jRecords.PageOf(results, Neo4jRecords.Claim, page.First);
    }

    public Task<IReadOnlyList<ClaimRecord>> ByIdAsync(IReadOnlyCollection<long> ids, CancellationToken ct) =>
        lists.ListAsync(Claims.ById, ids, Neo4jRecords.Claim, ct);

    public Task<IReadOnlyList<ClaimRecord>> InSentencesAsync(IReadOnlyCollection<long> sentenceIds, CancellationToken ct) =>
        lists.ListAsync(Claims.InSentences, sentenceIds, Neo4jRecords.Claim, ct);

    /// <summary>Every filter parameter, null when not given; a role counts only with an actor, an empty text filters nothing.</summary>
    private static (string, object?)[] FilterValues(ClaimFilter f) =>
    [
        ("subject", f.Subject), ("object", f.Object), ("source", f.Source), ("actor", f.ActorId),
        ("role", f.ActorId is null ? null : f.Role switch
        {
            ClaimRole.Subject => "SUBJECT",
            ClaimRole.Object => "OBJECT",
            ClaimRole.Source => "SOURCE",
            _ => null,
        }),
        ("predicate", f.Predicate), ("modality", f.Modality), ("negated", f.Negated), ("document", f.DocumentId),
        ("fromYear", f.FromYear), ("toYear", f.ToYear), ("text", f.Text is { Length: > 0 } t ? t : null),
    ];
}
