namespace ClaimGraph.Bench.Load;

/// <summary>
/// The GraphQL queries under load: the four, each with eight inputs (names and texts every corpus drawn from
/// corpus/ has), so a load can rotate over different answers; the first input of each is the run of record's query.
/// </summary>
public static class BenchQueries
{
    public const int MaxInputs = 8;

    public static readonly IReadOnlyList<BenchQuery> All =
    [
        new("actor", [.. new[] { "美方", "中国", "拜登", "拜登政府", "联合国", "特朗普政府", "俄罗斯", "欧盟" }.Select(name =>
            $$"""{ actor(name: "{{name}}") { name englishName qid aliases { text count } relations(minClaims: 3) { other { name } direction claims cooperation conflict } } }""")]),
        new("claims(filter, first: 20)", [.. new[] { "美国", "拜登", "特朗普政府", "拜登政府", "特朗普", "俄罗斯", "中国", "联合国" }.Select(subject =>
            $$"""{ claims(subject: "{{subject}}", predicate: CONFRONTS, first: 20) { totalCount nodes { predicate modality negated cue sentence { text } document { name } } } }""")]),
        new("network(depth: 2)", [.. new[] { "美国", "中国", "拜登", "拜登政府", "联合国", "特朗普政府", "俄罗斯", "欧盟" }.Select(actor =>
            $$"""{ network(actors: ["{{actor}}"], depth: 2) { nodes { id name type claims } edges { source target predicate count cooperation conflict } } }""")]),
        new("search", [.. new[] { "印太战略", "一带一路", "人类命运共同体", "多边主义", "巴黎协定", "美日韩", "气候变化", "全球治理" }.Select(text =>
            $$"""{ search(text: "{{text}}", first: 20) { rank sentence { text } claims { predicate cue } } }""")]),
    ];
}

/// <summary>One query shape and the concrete queries (one per input) that a load sends in turn.</summary>
public sealed record BenchQuery(string Name, IReadOnlyList<string> Inputs);
