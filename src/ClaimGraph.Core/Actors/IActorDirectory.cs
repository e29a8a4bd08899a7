using ClaimGraph.Core.Documents;

namespace ClaimGraph.Core.Actors;

/// <summary>What the reference data (gazetteer, offices) says about actors beyond what the documents say.</summary>
public interface IActorDirectory
{
    /// <summary>The links of an administration, by actor id (ADMINISTRATION:拜登政府); null for any other actor.</summary>
    AdministrationLinks? Administration(string actorId);

    /// <summary>The administrations the data names after a leader (拜登: 拜登政府) or of a state (美国: 美国政府, 拜登政府 …).</summary>
    IReadOnlyList<ActorRef> AdministrationsOf(string actorId);
}
