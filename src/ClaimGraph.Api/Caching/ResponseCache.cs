namespace ClaimGraph.Api.Caching;

/// <summary>
/// Answers to GraphQL queries, kept while the store is unchanged: an entry holds the store version it was computed
/// at and is served only while the store still reports that version, so an ingest, a review or another process
/// writing the same file makes every older entry miss. Bounded by the bytes it holds; the least recently used
/// answers go first.
/// </summary>
public sealed class ResponseCache(long capacityBytes)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private long _bytes;

    public long CapacityBytes => capacityBytes;

    /// <summary>What the entries and their keys take now.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate) return _bytes;
        }
    }

    public int Count
    {
        get
        {
            lock (_gate) return _entries.Count;
        }
    }

    /// <summary>The answer stored for this request at this store version, if any.</summary>
    public byte[]? Find(string key, long version)
    {
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out var node)) return null;
            if (node.Value.Version != version)
            {
                Remove(node);
                return null;
            }
            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Body;
        }
    }

    /// <summary>Keeps an answer computed at <paramref name="version"/>; one larger than an eighth of the capacity is not kept.</summary>
    public void Store(string key, long version, byte[] body)
    {
        var size = SizeOf(key, body);
        if (size > capacityBytes / 8) return;
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var old)) Remove(old);
            var node = _recency.AddFirst(new Entry(key, version, body));
            _entries[key] = node;
            _bytes += size;
            while (_bytes > capacityBytes && _recency.Last is { } last) Remove(last);
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _recency.Remove(node);
        _entries.Remove(node.Value.Key);
        _bytes -= SizeOf(node.Value.Key, node.Value.Body);
    }

    /// <summary>The body, the key's characters and a fixed allowance for the entry's objects.</summary>
    private static long SizeOf(string key, byte[] body) => body.Length + 2L * key.Length + 128;

    private sealed record Entry(string Key, long Version, byte[] Body);
}
