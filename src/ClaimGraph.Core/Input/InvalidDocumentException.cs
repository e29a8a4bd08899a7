namespace ClaimGraph.Core.Input;

/// <summary>Input that cannot be a document (empty, binary, not UTF-8, too large); the message is one line for the user.</summary>
public sealed class InvalidDocumentException(string name, string reason)
    : Exception($"{name}: {reason}")
{
    public string Name { get; } = name;

    public string Reason { get; } = reason;
}
