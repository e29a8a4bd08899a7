using ClaimGraph.Api.GraphQL.Loading;
using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class SearchHitGraphType : ObjectGraphType<SentenceHit>
{
    public SearchHitGraphType()
    {
        Name = "SearchHit";
        Field<NonNullGraphType<SentenceGraphType>>("sentence").Resolve(c => c.Source.Sentence);
        Field<NonNullGraphType<FloatGraphType>>("rank").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimGraphType>>>>("claims").Resolve(c => c.Loaders().ClaimsInSentence.Load(c.Source.Sentence.Id));
    }
}
