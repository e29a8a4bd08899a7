namespace ClaimGraph.Bench.Load;

/// <summary>The GraphQL queries under load: the four, on names every corpus drawn from corpus/ has.</summary>
public static class BenchQueries
{
    public static readonly IReadOnlyList<(string Name, string Query)> All =
    [
        ("actor", """{ actor(name: "美方") { name englishName qid aliases { text count } relations(minClaims: 3) { other { name } direction claims cooperation conflict } } }"""),
        ("claims(filter, first: 20)", """{ claims(subject: "美国", predicate: CONFRONTS, first: 20) { totalCount nodes { predicate modality negated cue sentence { text } document { name } } } }"""),
        ("network(depth: 2)", """{ network(actors: ["美国"], depth: 2) { nodes { id name type claims } edges { source target predicate count cooperation conflict } } }"""),
        ("search", """{ search(text: "印太战略", first: 20) { rank sentence { text } claims { predicate cue } } }"""),
    ];
}
