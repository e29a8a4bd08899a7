namespace ClaimGraph.Extraction.Lexicons;

/// <summary>A character trie over names, answering the longest name that starts at a position.</summary>
public sealed class NameTrie
{
    private readonly Node _root = new();

    // One bit per character that starts a name: most positions of a text start none, and a bit answers that before
    // the root's dictionary is asked.
    private readonly ulong[] _starts = new ulong[(char.MaxValue + 1) / 64];

    public NameTrie(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            if (name.Length == 0) continue;
            _starts[name[0] >> 6] |= 1UL << (name[0] & 63);
            var node = _root;
            foreach (var c in name)
            {
                node.Children ??= [];
                if (!node.Children.TryGetValue(c, out var next)) node.Children[c] = next = new Node();
                node = next;
            }
            node.Terminal = true;
        }
    }

    /// <summary>Length of the longest name starting at <paramref name="start"/>, or 0.</summary>
    public int LongestAt(string text, int start, int end)
    {
        if (start >= end || (_starts[text[start] >> 6] & 1UL << (text[start] & 63)) == 0) return 0;
        var node = _root;
        var best = 0;
        for (var i = start; i < end; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(text[i], out node)) break;
            if (node.Terminal) best = i - start + 1;
        }
        return best;
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Children;
        public bool Terminal;
    }
}
