using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class AuthorGraphType : ObjectGraphType<AuthorRecord>
{
    public AuthorGraphType()
    {
        Name = "Author";
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("affiliation").Resolve(c => c.Source.Affiliation);
        Field<StringGraphType>("role").Resolve(c => c.Source.Role);
        Field<StringGraphType>("section").Description("The section this author wrote, when the document says.").Resolve(c => c.Source.Section);
    }
}
