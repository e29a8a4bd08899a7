namespace ClaimGraph.Storage;

/// <summary>A page cursor this API did not issue (or issued for another list); the message quotes it.</summary>
public sealed class InvalidCursorException(string cursor)
    : ArgumentException($"'{cursor}' is not a cursor this API issued")
{
    public string Cursor { get; } = cursor;
}
