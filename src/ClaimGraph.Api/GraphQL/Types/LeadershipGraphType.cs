using System.Globalization;
using ClaimGraph.Core.Actors;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class LeadershipGraphType : ObjectGraphType<Leadership>
{
    public LeadershipGraphType()
    {
        Name = "Leadership";
        Description = "LED_BY: the leader an administration is named after, for one stretch heading the state's government (offices.json).";
        Field<NonNullGraphType<ActorGraphType>>("actor").Resolve(c => ReferenceActors.Load(c, c.Source.Leader));
        Field<StringGraphType>("from").Description("First day (YYYY-MM-DD); null when the office data does not list the leader's term.").Resolve(c => Day(c.Source.From));
        Field<StringGraphType>("to").Description("The day the stretch ended (exclusive, YYYY-MM-DD); null while in office or when unknown.").Resolve(c => Day(c.Source.To));
        Field<StringGraphType>("office").Description("The office held (e.g. US_PRESIDENT), as in offices.json.").Resolve(c => c.Source.Office);
    }

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
