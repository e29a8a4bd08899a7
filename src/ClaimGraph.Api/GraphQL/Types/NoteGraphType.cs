using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class NoteGraphType : ObjectGraphType<NoteRecord>
{
    public NoteGraphType()
    {
        Name = "Note";
        Field<NonNullGraphType<StringGraphType>>("marker").Resolve(c => c.Source.Marker);
        Field<NonNullGraphType<StringGraphType>>("text").Resolve(c => c.Source.Text);
        Field<NonNullGraphType<IntGraphType>>("start").Resolve(c => c.Source.Start);
        Field<NonNullGraphType<IntGraphType>>("end").Resolve(c => c.Source.End);
    }
}
