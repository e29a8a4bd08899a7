using ClaimGraph.Core.Documents;

namespace ClaimGraph.Core.Actors;

/// <summary>
/// LED_BY: an administration's leader and the leader's time in the office that heads the state's government
/// (from inclusive, to exclusive, null while in office). <see cref="Office"/> is null, and so are the dates, when the
/// office data does not list the leader's term.
/// </summary>
public sealed record Leadership(ActorRef Leader, DateOnly? From, DateOnly? To, string? Office);
