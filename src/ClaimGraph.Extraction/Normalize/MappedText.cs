using System.Text;
using System.Text.RegularExpressions;

namespace ClaimGraph.Extraction.Normalize;

/// <summary>
/// Text paired with, for every character, the range of original characters it stands for: usually one character,
/// several for a decoded character reference (&amp;#x7F8E; read as 美).
/// </summary>
public sealed class MappedText
{
    public MappedText(string text, int[] map) : this(text, map, EndsOf(map))
    {
    }

    public MappedText(string text, int[] map, int[] ends)
    {
        if (text.Length != map.Length || text.Length != ends.Length)
            throw new ArgumentException("map and ends must have one entry per character", nameof(map));
        Text = text;
        Map = map;
        Ends = ends;
    }

    public string Text { get; }

    /// <summary>For each character, the index of the first original character it stands for.</summary>
    public int[] Map { get; }

    /// <summary>For each character, the index just past the last original character it stands for.</summary>
    public int[] Ends { get; }

    public static MappedText Identity(string text) => new(text, Enumerable.Range(0, text.Length).ToArray());

    private static int[] EndsOf(int[] map)
    {
        var ends = new int[map.Length];
        for (var i = 0; i < map.Length; i++) ends[i] = map[i] + 1;
        return ends;
    }

    /// <summary>This text without the pattern's matches; every remaining character keeps its original position.</summary>
    public MappedText Without(Regex pattern)
    {
        var matches = pattern.Matches(Text);
        if (matches.Count == 0) return this;
        var builder = new Builder();
        var last = 0;
        foreach (Match m in matches)
        {
            builder.Append(this, last, m.Index);
            last = m.Index + m.Length;
        }
        builder.Append(this, last, Text.Length);
        return builder.Build();
    }

    /// <summary>Appends characters one by one, each with the original position it came from.</summary>
    public sealed class Builder
    {
        private readonly StringBuilder _text = new();
        private readonly List<int> _map = [];
        private readonly List<int> _ends = [];

        public int Length => _text.Length;

        public char Last => _text.Length == 0 ? '\0' : _text[^1];

        public void Append(char c, int original) => Append(c, original, original + 1);

        /// <summary>Appends a character that stands for the original characters from original up to originalEnd.</summary>
        public void Append(char c, int original, int originalEnd)
        {
            _text.Append(c);
            _map.Add(original);
            _ends.Add(originalEnd);
        }

        public void Append(MappedText source, int start, int end)
        {
            for (var i = start; i < end; i++)
                Append(source.Text[i], source.Map[i], source.Ends[i]);
        }

        public MappedText Build() => new(_text.ToString(), [.. _map], [.. _ends]);
    }
}
