namespace ClaimGraph.Extraction.Recognize;

/// <summary>Proposes entity candidates in a sentence. Lexicon, pattern and learned recognizers are interchangeable.</summary>
public interface IEntityRecognizer
{
    IEnumerable<EntityCandidate> Recognize(SentenceView sentence);
}
