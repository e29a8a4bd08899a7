using ClaimGraph.Api.GraphQL.Loading;
using ClaimGraph.Storage;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class IngestResultGraphType : ObjectGraphType<IngestOutcome>
{
    public IngestResultGraphType()
    {
        Name = "IngestResult";
        Field<NonNullGraphType<StringGraphType>>("status").Description("INSERTED, REPLACED or UNCHANGED.").Resolve(c => c.Source.Status.ToString().ToUpperInvariant());
        Field<NonNullGraphType<DocumentGraphType>>("document").Resolve(c => c.Loaders().Documents.Load(c.Source.DocumentId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimGraphType>>>>("claims")
            .ResolveAsync(async c => (await c.Loaders().Store.ClaimsAsync(new Storage.Queries.ClaimFilter { DocumentId = c.Source.DocumentId },
                new Storage.Records.PageRequest(Storage.Records.PageRequest.MaxPageSize, null), c.CancellationToken)).Items);
    }
}
