namespace ClaimGraph.Core.Input;

/// <summary>
/// One line taken as one sentence (extract --sentences): longer lines are refused, because a sentence is never split
/// further and claim candidates within one clause grow with the cube of its length (docs/RELIABILITY.md).
/// </summary>
public static class SentenceText
{
    /// <summary>The same cap the sentence segmenter puts on a sentence cut from a document.</summary>
    public const int MaxCharacters = 1000;

    public static string Validate(string line, string name, int lineNumber)
    {
        if (line.Length > MaxCharacters)
            throw new InvalidDocumentException(name,
                $"line {lineNumber} has {line.Length:N0} characters; a sentence has at most {MaxCharacters:N0}: extract the file without --sentences");
        if (line.Contains('\0')) throw new InvalidDocumentException(name, $"line {lineNumber} contains NUL characters (binary data?)");
        return line;
    }
}
