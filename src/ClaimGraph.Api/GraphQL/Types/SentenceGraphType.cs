using ClaimGraph.Api.GraphQL.Loading;
using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class SentenceGraphType : ObjectGraphType<SentenceRecord>
{
    public SentenceGraphType()
    {
        Name = "Sentence";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<IntGraphType>>("index").Resolve(c => c.Source.Index);
        Field<NonNullGraphType<StringGraphType>>("text").Description("The sentence as normalized (line breaks joined, footnote markers removed).").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<StringGraphType>>("originalText")
            .Description("The sentence exactly as the original text has it (line breaks, footnote markers); start, end and every evidence offset index the original text, so offset - start indexes this string.")
            .Resolve(c => c.Loaders().OriginalTexts.Load(c.Source.DocumentId).Map(text => text?[c.Source.Start..c.Source.End]));
        Field<NonNullGraphType<IntGraphType>>("start").Description("Offset of the sentence in the original document text.").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(c => c.Source.End);
        Field<NonNullGraphType<DocumentGraphType>>("document").Resolve(c => c.Loaders().Documents.Load(c.Source.DocumentId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimGraphType>>>>("claims").Resolve(c => c.Loaders().ClaimsInSentence.Load(c.Source.Id));
    }
}
