using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;

namespace ClaimGraph.Storage.Tests.Ingestion;

/// <summary>The real pipeline, counting the analyses started and running, and changing what it gives for chosen documents.</summary>
public sealed class CountingAnalyzer(IDocumentAnalyzer inner) : IDocumentAnalyzer
{
    private int _started;
    private int _running;
    private int _mostRunning;

    /// <summary>Called with each analyzed document; what it returns is what the ingest gets (or it throws).</summary>
    public Func<AnalyzedDocument, AnalyzedDocument> Change { get; init; } = d => d;

    public int Started => Volatile.Read(ref _started);

    public int MostRunning => Volatile.Read(ref _mostRunning);

    public AnalyzedDocument Analyze(DocumentInput input, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _started);
        var running = Interlocked.Increment(ref _running);
        int most;
        while (running > (most = Volatile.Read(ref _mostRunning)) && Interlocked.CompareExchange(ref _mostRunning, running, most) != most) { }
        try
        {
            return Change(inner.Analyze(input, cancellationToken));
        }
        finally
        {
            Interlocked.Decrement(ref _running);
        }
    }
}
