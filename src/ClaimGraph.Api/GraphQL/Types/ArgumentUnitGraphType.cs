using ClaimGraph.Api.GraphQL.Loading;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

/// <summary>One side of an argument link: a span of a sentence, with the claims made inside it.</summary>
public sealed record ArgumentUnit(long SentenceId, int Start, int End, string Text);

public sealed class ArgumentUnitGraphType : ObjectGraphType<ArgumentUnit>
{
    public ArgumentUnitGraphType()
    {
        Name = "ArgumentUnit";
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(c => c.Source.End);
        Field<NonNullGraphType<SentenceGraphType>>("sentence").Resolve(c => c.Loaders().Sentences.Load(c.Source.SentenceId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimGraphType>>>>("claims")
            .Resolve(c => c.Loaders().ClaimsInSentence.Load(c.Source.SentenceId).Map(claims =>
                (claims ?? []).Where(x => x.CueStart >= c.Source.Start && x.CueStart < c.Source.End).ToList()));
    }
}
