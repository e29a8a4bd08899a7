using ClaimGraph.Api.GraphQL.Loading;
using ClaimGraph.Api.GraphQL.Types;
using ClaimGraph.Core.Documents;
using ClaimGraph.Storage;
using GraphQL;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL;

public sealed class MutationGraphType : ObjectGraphType
{
    public MutationGraphType(DocumentIngestor ingestor)
    {
        Name = "Mutation";
        Field<NonNullGraphType<IngestResultGraphType>>("ingestDocument")
            .Description("Extracts a document and stores it; the same text again changes nothing.")
            .Argument<NonNullGraphType<IngestDocumentInputGraphType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<IngestDocumentInput>("input");
                var document = new DocumentInput(input.Name ?? input.Title, input.Text)
                {
                    Title = input.Title,
                    Authors = input.Authors ?? [],
                    PublishedAt = input.PublishedAt,
                    Url = input.Url,
                };
                var (outcome, _) = await ingestor.IngestAsync(document, c.CancellationToken);
                return outcome;
            });
        Field<NonNullGraphType<BooleanGraphType>>("deleteDocument")
            .Description("Deletes a document with its sentences, mentions, claims and argument links; relations are recomputed.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Loaders().Store.DeleteDocumentAsync(c.GetArgument<string>("id"), c.CancellationToken));
    }
}
