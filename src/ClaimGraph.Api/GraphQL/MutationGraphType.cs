using ClaimGraph.Api.GraphQL.Loading;
using ClaimGraph.Api.GraphQL.Types;
using ClaimGraph.Core.Documents;
using ClaimGraph.Storage;
using ClaimGraph.Storage.Records;
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
        Field<NonNullGraphType<ReviewGraphType>>("reviewClaim")
            .Description("Records an analyst's verdict on a claim (who, when, what); the extraction itself is kept as it was.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<ReviewVerdictGraphType>>("verdict")
            .Argument<ClaimCorrectionInputGraphType>("correction", "Required with CORRECT: what the claim should have been.")
            .Argument<StringGraphType>("reviewer", "Who reviews (default: analyst).")
            .Argument<StringGraphType>("note")
            .ResolveAsync(async c =>
            {
                if (!long.TryParse(c.GetArgument<string>("id"), out var id)) throw new ExecutionError("id is not a claim id") { Code = ErrorCodes.BadInput };
                var verdict = c.GetArgument<string>("verdict");
                var correction = c.GetArgument<ClaimCorrection?>("correction");
                if (verdict == "CORRECT" && correction is null or { Predicate: null, Negated: null, Modality: null })
                    throw new ExecutionError("CORRECT needs a correction (predicate, negated or modality)") { Code = ErrorCodes.BadInput };
                var reviewer = c.GetArgument<string?>("reviewer") is { Length: > 0 } r ? r : "analyst";
                return await c.Loaders().Store.ReviewClaimAsync(new ReviewInput(id, verdict, correction?.Predicate, correction?.Negated,
                    correction?.Modality, reviewer, c.GetArgument<string?>("note")), c.CancellationToken);
            });
        Field<NonNullGraphType<BooleanGraphType>>("deleteDocument")
            .Description("Deletes a document with its sentences, mentions, claims and argument links; relations are recomputed.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Loaders().Store.DeleteDocumentAsync(c.GetArgument<string>("id"), c.CancellationToken));
    }
}
