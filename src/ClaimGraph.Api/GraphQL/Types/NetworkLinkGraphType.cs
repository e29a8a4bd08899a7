using System.Globalization;
using ClaimGraph.Core.Actors;
using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class NetworkLinkGraphType : ObjectGraphType<NetworkLink>
{
    public NetworkLinkGraphType()
    {
        Name = "NetworkLink";
        Description = "ADMINISTRATION_OF (administration → state) or LED_BY (administration → leader, one per stretch in office), from reference data, between two nodes of the network.";
        Field<NonNullGraphType<IdGraphType>>("source").Resolve(c => c.Source.Source);
        Field<NonNullGraphType<IdGraphType>>("target").Resolve(c => c.Source.Target);
        Field<NonNullGraphType<StringGraphType>>("kind").Description("ADMINISTRATION_OF or LED_BY.").Resolve(c => c.Source.Kind);
        Field<StringGraphType>("from").Description("LED_BY: first day (YYYY-MM-DD), when known.").Resolve(c => c.Source.From);
        Field<StringGraphType>("to").Description("LED_BY: the day the stretch ended (exclusive), null while in office or unknown.").Resolve(c => c.Source.To);
    }

    /// <summary>The links among the nodes, from each administration node to its state and leader when they are nodes too.</summary>
    public static IReadOnlyList<NetworkLink> Among(IReadOnlyList<ActorRecord> nodes, IActorDirectory directory)
    {
        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        var links = new List<NetworkLink>();
        foreach (var node in nodes)
        {
            if (directory.Administration(node.Id) is not { } administration) continue;
            if (administration.Country is { } country && ids.Contains(country.Key))
                links.Add(new NetworkLink(node.Id, country.Key, "ADMINISTRATION_OF", null, null));
            links.AddRange(administration.LedBy.Where(l => ids.Contains(l.Leader.Key))
                .Select(l => new NetworkLink(node.Id, l.Leader.Key, "LED_BY", Day(l.From), Day(l.To))));
        }
        return links;
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
