using ClaimGraph.Core.Contract;
using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;

namespace ClaimGraph.Learning.Evaluation;

/// <summary>Runs extraction on pre-split sentences, as `extract --sentences` does: one contract line per input.</summary>
public sealed class SentenceExtractor(DocumentPipeline pipeline)
{
    public ContractLine Extract(string id, string doc, string text, CancellationToken cancellationToken = default)
    {
        var analyzed = pipeline.Analyze(new DocumentInput(doc, text), cancellationToken);
        return ContractWriter.Lines(analyzed, _ => id).FirstOrDefault() ?? new ContractLine(id, doc, text, [], []);
    }

    public IReadOnlyList<ContractLine> ExtractAll(IEnumerable<ContractLine> gold, CancellationToken cancellationToken = default) =>
        gold.Select(g => Extract(g.Id, g.Doc, g.Text, cancellationToken)).ToList();
}
