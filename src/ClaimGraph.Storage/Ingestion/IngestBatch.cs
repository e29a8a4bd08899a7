using ClaimGraph.Core.Documents;

namespace ClaimGraph.Storage.Ingestion;

/// <summary>
/// The sources taken since the last store, in input order: their documents go into one transaction, their errors are
/// reported in their places. Full by count or by characters, never by time, so the same input makes the same batches.
/// </summary>
internal sealed class IngestBatch(IngestOptions options)
{
    private readonly List<Analyzed> _items = [];
    private int _documents;
    private long _characters;

    /// <summary>Adds the source; false once the batch is full.</summary>
    public bool Add(Analyzed item)
    {
        _items.Add(item);
        if (item.Document is { } document)
        {
            _documents++;
            _characters += document.Original.Length;
        }
        return _documents < options.BatchDocuments && _characters < options.BatchCharacters;
    }

    public IReadOnlyList<AnalyzedDocument> Documents() => _items.Where(i => i.Document is not null).Select(i => i.Document!).ToList();

    /// <summary>Each source's result in order, given the store's outcomes for the documents; ends at the first document without one.</summary>
    public IReadOnlyList<IngestResult> Results(IReadOnlyList<IngestOutcome> outcomes)
    {
        var results = new List<IngestResult>(_items.Count);
        var stored = 0;
        foreach (var item in _items)
        {
            if (item.Document is null) results.Add(new IngestResult(item.Source, null, item.Error));
            else if (stored < outcomes.Count) results.Add(new IngestResult(item.Source, outcomes[stored++], null));
            else break;
        }
        return results;
    }

    public void Clear()
    {
        _items.Clear();
        _documents = 0;
        _characters = 0;
    }
}
