namespace ClaimGraph.Storage;

/// <summary>The store cannot be reached (a server down, a file locked); the message names it.</summary>
public sealed class StoreUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
