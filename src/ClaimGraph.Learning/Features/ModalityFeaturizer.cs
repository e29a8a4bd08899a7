using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Claims;

namespace ClaimGraph.Learning.Features;

/// <summary>Features for modality: the clause up to the cue, a few characters after it, how the sentence opens.</summary>
public static class ModalityFeaturizer
{
    private const int After = 4;
    private const int Opening = 4;

    public static ModalityExample Featurize(ClaimCandidate c)
    {
        var text = c.DocumentText;
        var sentence = c.Sentence.Local;
        return new ModalityExample
        {
            Before = text[c.Clause.Start..c.Cue.Start],
            After = text[c.Cue.End..Math.Min(c.Clause.End, c.Cue.End + After)],
            Opening = text[sentence.Start..Math.Min(sentence.End, sentence.Start + Opening)],
            Cue = c.CueWord,
            RuleModality = ContractNames.Of(c.Modality),
        };
    }
}
