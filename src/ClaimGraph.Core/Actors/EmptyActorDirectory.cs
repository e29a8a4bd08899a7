using ClaimGraph.Core.Documents;

namespace ClaimGraph.Core.Actors;

/// <summary>A directory with no reference data: no actor has administration links.</summary>
public sealed class EmptyActorDirectory : IActorDirectory
{
    public static EmptyActorDirectory Instance { get; } = new();

    public AdministrationLinks? Administration(string actorId) => null;

    public IReadOnlyList<ActorRef> AdministrationsOf(string actorId) => [];
}
