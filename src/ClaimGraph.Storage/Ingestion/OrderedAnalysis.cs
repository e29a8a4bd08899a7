using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using ClaimGraph.Core.Documents;

namespace ClaimGraph.Storage.Ingestion;

/// <summary>One source read and analyzed, or the error that stopped it.</summary>
internal sealed record Analyzed(DocumentSource Source, AnalyzedDocument? Document, Exception? Error);

/// <summary>
/// Reads and analyzes sources on several threads and hands them back in input order. A worker takes the next source
/// only while fewer than the window's count are ahead of the consumer, so memory stays bounded however many sources
/// there are and however slowly they are consumed.
/// </summary>
internal static class OrderedAnalysis
{
    public static async IAsyncEnumerable<Analyzed> RunAsync(IReadOnlyList<DocumentSource> sources, Func<DocumentInput, CancellationToken, AnalyzedDocument> analyze,
        IngestOptions options, IngestTimes times, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var threads = options.WorkersFor(sources.Count);
        var ahead = options.WindowFor(threads);
        using var window = new SemaphoreSlim(ahead, ahead);
        var finished = Channel.CreateUnbounded<(int Index, Analyzed Item)>(new UnboundedChannelOptions { SingleReader = true });
        var next = -1;
        // A single batch is stored only once all of it is analyzed, so its largest documents go first and the workers
        // finish together (serve's start-up: the largest corpus document, 62% of the bytes, came last and ran alone).
        // Beyond a batch, input order keeps the writer fed; and all of them must fit in the window, which is released
        // in input order only, or a worker would wait for a slot that only the source it has not taken can free.
        var order = sources.Count <= Math.Min(options.BatchDocuments, ahead)
            ? Enumerable.Range(0, sources.Count).OrderByDescending(i => sources[i].Size).ToArray()
            : Enumerable.Range(0, sources.Count).ToArray();
        var running = Math.Min(threads, sources.Count);

        void Work()
        {
            try
            {
                while (true)
                {
                    window.Wait(stop.Token);
                    var taken = Interlocked.Increment(ref next);
                    if (taken >= sources.Count) return;
                    var i = order[taken];
                    finished.Writer.TryWrite((i, AnalyzeOne(sources[i])));
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped (cancelled, failed or done early): no more sources are taken.
            }
            finally
            {
                if (Interlocked.Decrement(ref running) == 0) finished.Writer.TryComplete();
            }
        }

        Analyzed AnalyzeOne(DocumentSource source)
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                return new Analyzed(source, analyze(source.Read(), stop.Token), null);
            }
            catch (Exception e)
            {
                // Handed to the consumer, which decides in input order whether it ends the ingest or only this document.
                return new Analyzed(source, null, e);
            }
            finally
            {
                times.AddAnalysis(started);
            }
        }

        // Threads of their own: analysis is CPU-bound, and on the thread pool it would starve the awaits around it.
        var workers = Enumerable.Range(0, running)
            .Select(_ => Task.Factory.StartNew(Work, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();
        try
        {
            var early = new Dictionary<int, Analyzed>();
            for (var expected = 0; expected < sources.Count; expected++)
            {
                Analyzed? item;
                while (!early.Remove(expected, out item))
                {
                    if (!await finished.Reader.WaitToReadAsync(cancellationToken))
                        throw new InvalidOperationException($"the analysis workers stopped before source {expected + 1} of {sources.Count}");
                    while (finished.Reader.TryRead(out var done)) early[done.Index] = done.Item;
                }
                window.Release();
                yield return item;
            }
        }
        finally
        {
            await stop.CancelAsync();
            await Task.WhenAll(workers);
        }
    }
}
