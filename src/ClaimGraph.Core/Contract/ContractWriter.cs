using ClaimGraph.Core.Documents;

namespace ClaimGraph.Core.Contract;

/// <summary>Turns an analyzed document into contract lines, one per sentence.</summary>
public static class ContractWriter
{
    public static IEnumerable<ContractLine> Lines(AnalyzedDocument document, Func<Sentence, string> idOf)
    {
        var mentions = document.Mentions.ToDictionary(m => m.Id);
        var bySentence = document.Mentions.ToLookup(m => m.Sentence);
        var claims = document.Claims.ToLookup(c => c.Sentence);
        foreach (var sentence in document.Sentences)
        {
            var entities = bySentence[sentence.Index]
                .DistinctBy(m => (m.Text, m.Type))
                .Select(m => new ContractEntity(m.Text, ContractNames.Of(m.Type), m.Actor?.English ?? m.Actor?.Name))
                .ToList();
            var lines = claims[sentence.Index]
                .Select(c => new ContractClaim(
                    mentions[c.Subject].Text,
                    ContractNames.Of(c.Predicate),
                    c.Object is { } o ? mentions[o].Text : null,
                    c.Negated,
                    ContractNames.Of(c.Modality),
                    c.Source is { } s ? mentions[s].Text : null))
                .DistinctBy(c => (c.Subject, c.Predicate, c.Object))
                .ToList();
            yield return new ContractLine(idOf(sentence), document.Input.Name, sentence.Text, entities, lines);
        }
    }
}
