namespace ClaimGraph.Api.GraphQL.Types;

/// <summary>A link the reference data draws between two nodes of a network: ADMINISTRATION_OF or LED_BY (with the leader's dates).</summary>
public sealed record NetworkLink(string Source, string Target, string Kind, string? From, string? To);
