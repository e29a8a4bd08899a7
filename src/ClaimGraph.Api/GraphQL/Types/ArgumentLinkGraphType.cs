using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class ArgumentLinkGraphType : ObjectGraphType<LinkRecord>
{
    public ArgumentLinkGraphType()
    {
        Name = "ArgumentLink";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<LinkKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("cue").Resolve(c => c.Source.Cue);
        Field<NonNullGraphType<ArgumentUnitGraphType>>("from").Resolve(c => new ArgumentUnit(c.Source.FromSentenceId, c.Source.FromStart, c.Source.FromEnd, c.Source.FromText));
        Field<NonNullGraphType<ArgumentUnitGraphType>>("to").Resolve(c => new ArgumentUnit(c.Source.ToSentenceId, c.Source.ToStart, c.Source.ToEnd, c.Source.ToText));
    }
}
