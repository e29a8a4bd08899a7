using ClaimGraph.Api.GraphQL.Loading;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class DocumentGraphType : ObjectGraphType<DocumentRecord>
{
    public DocumentGraphType()
    {
        Name = "Document";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("title").Resolve(c => c.Source.Title);
        Field<StringGraphType>("url").Resolve(c => c.Source.Url);
        Field<StringGraphType>("publishedAt").Description("The date the caller gave at ingest, if any.").Resolve(c => c.Source.PublishedAt);
        Field<DocumentDateGraphType>("date").Description("When the document was written, as the caller gave it or the text says; null from a store that keeps no dates.").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<StringGraphType>>("ingestedAt").Resolve(c => c.Source.IngestedAt);
        Field<NonNullGraphType<IntGraphType>>("sentenceCount").Resolve(c => c.Source.SentenceCount);
        Field<NonNullGraphType<IntGraphType>>("claimCount").Resolve(c => c.Source.ClaimCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TitleReferenceGraphType>>>>("titleReferences")
            .Description("Office titles (美国总统, 国务卿) read as the person holding the office at the time; inconsistent title + name pairs flagged.")
            .Resolve(c => c.Loaders().TitleReferences.Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuthorGraphType>>>>("authors").Resolve(c => c.Loaders().Authors.Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NoteGraphType>>>>("notes").Description("Footnotes pulled out of the running text.").Resolve(c => c.Loaders().Notes.Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArgumentLinkGraphType>>>>("argumentLinks").Resolve(c => c.Loaders().LinksOfDocument.Load(c.Source.Id));
        Field<NonNullGraphType<ClaimConnectionGraphType>>("claims")
            .PageArguments()
            .ResolveAsync(async c => Connections.Of(
                await c.Loaders().Store.ClaimsAsync(new ClaimFilter { DocumentId = c.Source.Id }, c.PageOf(), c.CancellationToken), x => x.Id.ToString()));
    }
}
