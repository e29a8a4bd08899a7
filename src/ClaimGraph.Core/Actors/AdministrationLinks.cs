using ClaimGraph.Core.Documents;

namespace ClaimGraph.Core.Actors;

/// <summary>An administration (拜登政府, 日本政府), the state it governs (ADMINISTRATION_OF) and who led it when (LED_BY).</summary>
public sealed record AdministrationLinks(ActorRef Administration, ActorRef? Country, IReadOnlyList<Leadership> LedBy);
