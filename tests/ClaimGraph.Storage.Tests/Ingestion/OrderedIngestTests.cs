using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Input;
using ClaimGraph.Storage.Contract.Support;
using ClaimGraph.Storage.Ingestion;
using ClaimGraph.Storage.Sqlite;
using ClaimGraph.Storage.Sqlite.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ClaimGraph.Storage.Tests.Ingestion;

/// <summary>
/// Ingest of many documents on several workers with one writer: the store as a one-by-one ingest leaves it, results in
/// input order, a bad document reported in its place, any other failure ending the ingest after the documents before
/// it, cancellation leaving whole documents only, and memory bounded by the window.
/// </summary>
public sealed class OrderedIngestTests : IDisposable
{
    private static readonly IngestOptions s_small = new() { Workers = 4, BatchDocuments = 4, Window = 6 };
    private readonly StoreDirectory _stores = new("ordered");

    public void Dispose() => _stores.Dispose();

    private Task<SqliteGraphStore> OpenAsync(string name) => _stores.OpenAsync(name);

    private static readonly string[] s_sentences =
    [
        .. TestDocuments.SampleText.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
        "美国对中国实施遏制。", "美方表示将与日本合作。", "中国支持东盟推动RCEP。", "日本与澳大利亚合作。", "俄罗斯反对北约东扩，美国支持乌克兰。",
    ];

    /// <summary>Documents of a few sentences each, plus the same text under a second name and a new text under an earlier name.</summary>
    private static List<DocumentSource> Sources(int count)
    {
        var random = new Random(20261126);
        var documents = Enumerable.Range(1, count)
            .Select(i => (Name: $"doc-{i:D3}.txt", Text: $"第{i}号报告\n\n{string.Concat(Enumerable.Range(0, 6).Select(_ => s_sentences[random.Next(s_sentences.Length)] + "\n"))}"))
            .ToList();
        documents.Insert(count / 2, ($"copy-of-{documents[1].Name}", documents[1].Text));
        documents.Add((documents[2].Name, documents[3].Text + documents[4].Text));
        return documents.Select(d => new DocumentSource(d.Name, () => new DocumentInput(d.Name, d.Text))).ToList();
    }

    /// <summary>The sources with the sizes given by position, each adding its label to <paramref name="analyzed"/> when a worker reads it.</summary>
    private static List<DocumentSource> Noting(IEnumerable<DocumentSource> sources, Func<int, long> size, List<string> analyzed) =>
        sources.Select((s, i) => new DocumentSource(s.Label, () =>
        {
            lock (analyzed) analyzed.Add(s.Label);
            return s.Read();
        }) { Size = size(i) }).ToList();

    private static async Task<List<IngestResult>> IngestAllAsync(DocumentIngestor ingestor, IReadOnlyList<DocumentSource> sources, IngestOptions options,
        CancellationToken ct = default)
    {
        var results = new List<IngestResult>();
        await foreach (var result in ingestor.IngestAllAsync(sources, options, cancellationToken: ct)) results.Add(result);
        return results;
    }

    private static List<string> StoredNames(SqliteGraphStore store)
    {
        using var connection = new SqliteConnection($"Data Source={store.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM documents ORDER BY rowid";
        using var reader = command.ExecuteReader();
        var names = new List<string>();
        while (reader.Read()) names.Add(reader.GetString(0));
        return names;
    }

    [Fact]
    public async Task documents_analyzed_on_four_workers_leave_the_store_a_one_by_one_ingest_leaves()
    {
        var sources = Sources(30);
        await using var oneByOne = await OpenAsync("one-by-one.db");
        var expected = new List<IngestOutcome>();
        foreach (var source in sources) expected.Add((await new DocumentIngestor(TestDocuments.Analyzer, oneByOne).IngestAsync(source.Read())).Outcome);
        await using var parallel = await OpenAsync("parallel.db");

        var results = await IngestAllAsync(new DocumentIngestor(TestDocuments.Analyzer, parallel), sources, s_small);

        Assert.Equal(sources, results.Select(r => r.Source));
        Assert.Equal(expected, results.Select(r => r.Outcome));
        Assert.Contains(results, r => r.Outcome!.Status == IngestStatus.Unchanged);
        Assert.Contains(results, r => r.Outcome!.Status == IngestStatus.Replaced);
        Assert.Equal(SqliteStoreDump.Read(oneByOne.Path), SqliteStoreDump.Read(parallel.Path));
    }

    [Fact]
    public async Task a_bad_file_in_the_middle_is_reported_in_its_place_and_the_others_are_stored_as_without_it()
    {
        var good = Sources(12);
        await using var withoutBad = await OpenAsync("without-bad.db");
        await IngestAllAsync(new DocumentIngestor(TestDocuments.Analyzer, withoutBad), good, s_small);
        var empty = _stores.PathOf("empty.txt");
        await File.WriteAllTextAsync(empty, "");
        var sources = good.ToList();
        sources.Insert(5, DocumentSource.FromFile(empty));
        sources.Insert(9, DocumentSource.FromFile(_stores.PathOf("missing.txt")));
        await using var store = await OpenAsync("bad.db");

        var results = await IngestAllAsync(new DocumentIngestor(TestDocuments.Analyzer, store), sources, s_small);

        Assert.Equal(sources, results.Select(r => r.Source));
        Assert.Equal([5, 9], results.Select((r, i) => (r, i)).Where(x => x.r.Error is not null).Select(x => x.i));
        Assert.IsType<InvalidDocumentException>(results[5].Error);
        Assert.Contains("empty", results[5].Error!.Message, StringComparison.Ordinal);
        Assert.Contains("missing.txt", results[9].Error!.Message, StringComparison.Ordinal);
        Assert.All(results.Where(r => r.Error is null), r => Assert.NotNull(r.Outcome));
        Assert.Equal(SqliteStoreDump.Read(withoutBad.Path), SqliteStoreDump.Read(store.Path));
    }

    [Fact]
    public async Task a_failure_that_is_not_a_documents_own_ends_the_ingest_after_storing_the_documents_before_it()
    {
        var sources = Sources(16);
        var analyzer = new CountingAnalyzer(TestDocuments.Analyzer)
        {
            Change = d => d.Input.Name == sources[7].Label ? throw new InvalidOperationException("the model file went away") : d,
        };
        await using var store = await OpenAsync("fatal.db");
        var results = new List<IngestResult>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var result in new DocumentIngestor(analyzer, store).IngestAllAsync(sources, s_small)) results.Add(result);
        });

        Assert.Equal("the model file went away", error.Message);
        Assert.Equal(sources.Take(7), results.Select(r => r.Source));
        Assert.Equal(sources.Take(7).Select(s => s.Label), StoredNames(store));
    }

    [Fact]
    public async Task a_store_failure_inside_a_batch_stores_the_documents_before_it_and_ends_with_that_documents_error()
    {
        var sources = Sources(16);
        var analyzer = new CountingAnalyzer(TestDocuments.Analyzer)
        {
            // A mention in a sentence the document does not have: the store cannot place it.
            Change = d => d.Input.Name == sources[6].Label ? d with { Mentions = [.. d.Mentions.Select(m => m with { Sentence = 9_999 })] } : d,
        };
        await using var store = await OpenAsync("store-failure.db");
        var results = new List<IngestResult>();

        await Assert.ThrowsAsync<KeyNotFoundException>(async () =>
        {
            await foreach (var result in new DocumentIngestor(analyzer, store).IngestAllAsync(sources, s_small)) results.Add(result);
        });

        // Batches of four: the first is committed; the second fails as a whole, then 4 and 5 are stored one by one.
        Assert.Equal(sources.Take(6), results.Select(r => r.Source));
        Assert.Equal(sources.Take(6).Select(s => s.Label), StoredNames(store));
        SqliteStoreDump.Read(store.Path);
    }

    [Fact]
    public async Task cancelling_stops_the_workers_and_keeps_only_whole_documents_in_input_order()
    {
        var sources = Sources(40);
        var analyzer = new CountingAnalyzer(TestDocuments.Analyzer);
        await using var store = await OpenAsync("cancelled.db");
        using var cancel = new CancellationTokenSource();
        var results = new List<IngestResult>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in new DocumentIngestor(analyzer, store).IngestAllAsync(sources, s_small, cancellationToken: cancel.Token))
            {
                results.Add(result);
                if (results.Count == 6) await cancel.CancelAsync();
            }
        });

        var startedWhenItEnded = analyzer.Started;
        var names = StoredNames(store);
        Assert.InRange(names.Count, 6, sources.Count - 1);
        Assert.Equal(sources.Take(names.Count).Select(s => s.Label), names);
        foreach (var source in sources.Take(names.Count))
        {
            var document = TestDocuments.Analyzer.Analyze(source.Read());
            Assert.Equal(document.Sentences.Count, (await store.SentencesOfDocumentsAsync([document.Id])).Count);
        }
        Assert.True(startedWhenItEnded < sources.Count, $"{startedWhenItEnded} of {sources.Count} analyses started: cancelling did not stop the workers");
        await Task.Delay(200);
        Assert.Equal(startedWhenItEnded, analyzer.Started);
    }

    [Fact]
    public async Task the_workers_never_run_further_ahead_of_the_results_than_the_window_and_a_batch()
    {
        var sources = Sources(40);
        var analyzer = new CountingAnalyzer(TestDocuments.Analyzer);
        await using var store = await OpenAsync("window.db");
        var furthestAhead = 0;
        var received = 0;

        await foreach (var _ in new DocumentIngestor(analyzer, store).IngestAllAsync(sources, s_small))
        {
            received++;
            furthestAhead = Math.Max(furthestAhead, analyzer.Started - received);
            await Task.Delay(20); // a slow consumer, so the workers would run ahead if nothing held them
        }

        Assert.Equal(sources.Count, received);
        Assert.InRange(furthestAhead, 1, s_small.Window!.Value + s_small.BatchDocuments);
        Assert.InRange(analyzer.MostRunning, 1, s_small.Workers!.Value);
    }

    [Fact]
    public async Task a_single_batch_is_analyzed_largest_first_and_stored_in_input_order()
    {
        var texts = new[] { "美国对中国实施遏制。", "中国支持东盟推动RCEP。日本与澳大利亚合作。俄罗斯反对北约东扩，美国支持乌克兰。", "美方表示将与日本合作。中国支持东盟推动RCEP。" };
        var analyzed = new List<string>();
        var sources = Noting(texts.Select((t, i) => new DocumentSource($"d{i}.txt", () => new DocumentInput($"d{i}.txt", t))), i => texts[i].Length, analyzed);
        await using var store = await OpenAsync("largest-first.db");

        var results = await IngestAllAsync(new DocumentIngestor(TestDocuments.Analyzer, store), sources, new IngestOptions { Workers = 1, BatchDocuments = 4 });

        Assert.Equal(["d1.txt", "d2.txt", "d0.txt"], analyzed);
        Assert.Equal(["d0.txt", "d1.txt", "d2.txt"], results.Select(r => r.Source.Label));
        Assert.Equal(["d0.txt", "d1.txt", "d2.txt"], StoredNames(store));
    }

    [Fact]
    public async Task a_batch_larger_than_the_window_is_analyzed_in_input_order_and_does_not_wait_forever()
    {
        var analyzed = new List<string>();
        var sizes = new[] { 10, 30, 20 };
        var sources = Noting(Sources(6).Take(3), i => sizes[i], analyzed);
        await using var store = await OpenAsync("small-window.db");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));

        var results = await IngestAllAsync(new DocumentIngestor(TestDocuments.Analyzer, store), sources,
            new IngestOptions { Workers = 1, BatchDocuments = 4, Window = 2 }, timeout.Token);

        Assert.Equal(sources.Select(s => s.Label), results.Select(r => r.Source.Label));
        Assert.Equal(sources.Select(s => s.Label), analyzed);
    }

    [Fact]
    public async Task more_than_a_batch_is_analyzed_in_input_order()
    {
        var analyzed = new List<string>();
        var sources = Noting(Sources(6), i => 100 - i, analyzed);
        sources.Reverse();
        await using var store = await OpenAsync("input-order.db");

        await IngestAllAsync(new DocumentIngestor(TestDocuments.Analyzer, store), sources, new IngestOptions { Workers = 1, BatchDocuments = 4 });

        Assert.Equal(sources.Select(s => s.Label), analyzed);
    }
}
