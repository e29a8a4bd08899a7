using ClaimGraph.Api.GraphQL.Loading;
using ClaimGraph.Core.Documents;
using ClaimGraph.Storage.Records;
using GraphQL;
using GraphQL.DataLoader;

namespace ClaimGraph.Api.GraphQL.Types;

/// <summary>
/// Actors the reference data links to (a leader, a state, an administration): the stored node when documents
/// mention it, else a node with no mentions or claims, so a link is never dropped for want of a mention.
/// </summary>
public static class ReferenceActors
{
    public static IDataLoaderResult<ActorRecord> Load(IResolveFieldContext context, ActorRef actor) =>
        context.Loaders().Actors.Load(actor.Key).Map(stored => stored ?? Unmentioned(actor));

    public static IDataLoaderResult<IReadOnlyList<ActorRecord>> LoadAll(IResolveFieldContext context, IEnumerable<ActorRef> actors) =>
        LoaderResults.All(actors.Select(a => Load(context, a)));

    private static ActorRecord Unmentioned(ActorRef actor) => new(actor.Key, actor.Name, ContractNames.Of(actor.Type), actor.English, actor.Qid, 0, 0);
}
