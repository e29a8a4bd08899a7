using ClaimGraph.Api.GraphQL.Loading;
using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class TitleReferenceGraphType : ObjectGraphType<TitleReferenceRecord>
{
    public TitleReferenceGraphType()
    {
        Name = "TitleReference";
        Description = "An office title read as the person holding the office at the time the sentence speaks of.";
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Title);
        Field<NonNullGraphType<StringGraphType>>("office").Description("The office's id in offices.json, e.g. US_PRESIDENT.").Resolve(c => c.Source.Office);
        Field<StringGraphType>("at").Description("The time it was read at; null when neither sentence nor document gives one.").Resolve(c => c.Source.At);
        Field<IdGraphType>("holderId").Resolve(c => c.Source.HolderId);
        Field<StringGraphType>("holderName").Resolve(c => c.Source.HolderName);
        Field<StringGraphType>("holderQid").Description("Wikidata QID of the holder, where the data has it.").Resolve(c => c.Source.HolderQid);
        Field<IdGraphType>("namedId").Description("The person named with the title (国务卿布林肯), if any.").Resolve(c => c.Source.NamedId);
        Field<NonNullGraphType<BooleanGraphType>>("consistent").Description("False when the person named is not who held the office then.").Resolve(c => c.Source.Consistent);
        Field<NonNullGraphType<IntGraphType>>("start").Description("Offset of the title in the original text.").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(c => c.Source.End);
        Field<NonNullGraphType<SentenceGraphType>>("sentence").Resolve(c => c.Loaders().Sentences.Load(c.Source.SentenceId));
    }
}
