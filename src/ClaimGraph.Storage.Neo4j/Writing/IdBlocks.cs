using ClaimGraph.Core.Documents;
using ClaimGraph.Storage.Neo4j.Cypher;

namespace ClaimGraph.Storage.Neo4j.Writing;

/// <summary>The first id of each block a document's rows take from the store's sequences.</summary>
public sealed record IdBlocks(long Sentence, long Mention, long Claim, long ArgumentLink)
{
    /// <summary>The sizes to ask for: one id per sentence, mention, claim and argument link.</summary>
    public static IReadOnlyList<Dictionary<string, object?>> Request(AnalyzedDocument document) =>
    [
        Block(nameof(Sentence), document.Sentences.Count),
        Block(nameof(Mention), document.Mentions.Count),
        Block(nameof(Claim), document.Claims.Count),
        Block(nameof(ArgumentLink), document.Links.Count),
    ];

    public static IdBlocks From(CypherResult allocated)
    {
        var first = allocated.Rows.ToDictionary(r => r.String("name"), r => r.Long("first"));
        return new IdBlocks(first[nameof(Sentence)], first[nameof(Mention)], first[nameof(Claim)], first[nameof(ArgumentLink)]);
    }

    private static Dictionary<string, object?> Block(string name, int size) => new() { ["name"] = name, ["size"] = size };
}
