using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Extraction.Lexicons;
using ClaimGraph.Extraction.Normalize;

namespace ClaimGraph.Extraction.Resolve;

/// <summary>
/// Stage 6: gives every mention its canonical node. Gazetteer names already carry theirs (美国, 美, 美方 and
/// 华盛顿 are one node); pattern names are looked up by their folded form, an English name in brackets joins
/// the name before it, and the rest become nodes of their own keyed by folded surface (so 繁體 and 简体 meet).
/// </summary>
public sealed class ActorResolver(Gazetteer gazetteer, MatchingKey key) : IDocumentStage
{
    public string Name => "resolve";
    public Facet Requires => Facet.Mentions;
    public Facet Produces => Facet.Actors;

    public AnalyzedDocument Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        var text = document.RequireNormalized().Text;
        var resolved = new List<Mention>(document.Mentions.Count);
        foreach (var mention in document.Mentions)
        {
            var previous = resolved.Count > 0 ? resolved[^1] : null;
            resolved.Add(mention with { Actor = mention.Actor ?? BracketedPartner(text, previous, mention) ?? Lookup(mention) });
        }
        return document with { Mentions = resolved };
    }

    private ActorRef Lookup(Mention mention)
    {
        var folded = key.Of(mention.Text);
        if (gazetteer.ByName(folded) is { } entry) return entry.ToActor();
        return new ActorRef(ActorRef.KeyOf(mention.Type, folded), folded, mention.Type, EnglishOf(mention, folded), null);
    }

    /// <summary>马凯硕（Kishore Mahbubani）: the bracketed name is the same node, and gives it its English name.</summary>
    private static ActorRef? BracketedPartner(string text, Mention? previous, Mention mention)
    {
        if (previous?.Actor is null || previous.Sentence != mention.Sentence || previous.Type != mention.Type) return null;
        var gap = mention.Local.Start - previous.Local.End;
        if (gap is < 1 or > 2 || !"（(".Contains(text[mention.Local.Start - 1])) return null;
        return previous.Actor.English is null && IsLatin(mention.Text) ? previous.Actor with { English = mention.Text } : previous.Actor;
    }

    private string? EnglishOf(Mention mention, string folded)
    {
        if (IsLatin(mention.Text)) return mention.Text;
        if (mention.Type != EntityType.Administration) return null;
        var leader = gazetteer.Entries.FirstOrDefault(e => folded.StartsWith(e.Name, StringComparison.Ordinal) && e.Type is EntityType.Person or EntityType.Country);
        return leader?.English is { } en ? (leader.Type == EntityType.Person ? $"{en.Split(' ')[^1]} administration" : $"Government of {en}") : null;
    }

    private static bool IsLatin(string s) => s.All(c => c < 0x3000);
}
