using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Lexicons;

/// <summary>One actor or policy the gazetteer knows, with every name it goes by.</summary>
public sealed record GazetteerEntry
{
    public required EntityType Type { get; init; }
    public required string Name { get; init; }
    public string? English { get; init; }
    public string? Qid { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Countries: the one-character forms used in 对华, 访美, 俄方, 中、美两国 (China has two: 华 and 中).</summary>
    public IReadOnlyList<string> ShortForms { get; init; } = [];

    /// <summary>Countries: capitals and seats that stand for the state (华盛顿, 北京).</summary>
    public IReadOnlyList<string> Metonyms { get; init; } = [];

    /// <summary>People and administrations: the country they belong to.</summary>
    public string? Country { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>Administrations: the leader they are named after.</summary>
    public string? Leader { get; init; }

    /// <summary>Policies: the actor that launched them.</summary>
    public string? Owner { get; init; }

    /// <summary>Names that are also everyday phrases (外交政策): only a name inside 《》 or “”.</summary>
    public bool Bracketed { get; init; }

    /// <summary>Seats of government (白宫, 五角大楼): the institution, except where named as a place (入主白宫).</summary>
    public bool Seat { get; init; }

    public string Key => ActorRef.KeyOf(Type, Name);

    public IEnumerable<string> AllNames => Aliases.Prepend(Name).Distinct();

    public ActorRef ToActor() => new(Key, Name, Type, English, Qid)
    {
        CountryKey = Country is { } country && Type is EntityType.Person or EntityType.Administration ? ActorRef.KeyOf(EntityType.Country, country) : null,
    };
}
