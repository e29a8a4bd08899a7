using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

/// <summary>When a document was written, with the span of text that says so; or no value and the reason.</summary>
public sealed class DocumentDateGraphType : ObjectGraphType<DocumentDateRecord>
{
    public DocumentDateGraphType()
    {
        Name = "DocumentDate";
        Field<StringGraphType>("value").Description("2022-04-18, 2022-04 or 2022; null when unknown.").Resolve(c => c.Source.Value);
        Field<DatePrecisionGraphType>("precision").Resolve(c => c.Source.Precision);
        Field<StringGraphType>("evidence").Description("The text that gives the date, exactly as the original has it.").Resolve(c => c.Source.Evidence);
        Field<IntGraphType>("evidenceStart").Description("Offset of the evidence in the original text.").Resolve(c => c.Source.EvidenceStart);
        Field<IntGraphType>("evidenceEnd").Resolve(c => c.Source.EvidenceEnd);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<StringGraphType>>("rule")
            .Description("caller, received-date (收稿日期), page-timestamp, dateline, labelled-date, issue-line, or none.")
            .Resolve(c => c.Source.Rule);
        Field<StringGraphType>("unknownReason").Description("Why there is no date, when there is none.").Resolve(c => c.Source.UnknownReason);
    }
}
