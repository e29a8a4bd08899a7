using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed record IngestDocumentInput(string Title, string Text, IReadOnlyList<string>? Authors, string? PublishedAt, string? Url, string? Name);

public sealed class IngestDocumentInputGraphType : InputObjectGraphType<IngestDocumentInput>
{
    public IngestDocumentInputGraphType()
    {
        Name = "IngestDocumentInput";
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("text").Description("The full document text (UTF-8; PDF-extracted or HTML is fine).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("authors");
        Field<StringGraphType>("publishedAt").Description("The document's date, YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2022-04-18); overrides the date found in the text.");
        Field<StringGraphType>("url");
        Field<StringGraphType>("name").Description("Stable name of the document; re-ingesting a changed text under it replaces it. Defaults to the title.");
    }
}
