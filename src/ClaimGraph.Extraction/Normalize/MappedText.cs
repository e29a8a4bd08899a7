using System.Text;
using System.Text.RegularExpressions;

namespace ClaimGraph.Extraction.Normalize;

/// <summary>Text paired with, for every character, the index of the original character it stands for.</summary>
public sealed class MappedText
{
    public MappedText(string text, int[] map)
    {
        if (text.Length != map.Length)
            throw new ArgumentException("map must have one entry per character", nameof(map));
        Text = text;
        Map = map;
    }

    public string Text { get; }

    public int[] Map { get; }

    public static MappedText Identity(string text) => new(text, Enumerable.Range(0, text.Length).ToArray());

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

        public int Length => _text.Length;

        public char Last => _text.Length == 0 ? '\0' : _text[^1];

        public void Append(char c, int original)
        {
            _text.Append(c);
            _map.Add(original);
        }

        public void Append(MappedText source, int start, int end)
        {
            for (var i = start; i < end; i++)
                Append(source.Text[i], source.Map[i]);
        }

        public MappedText Build() => new(_text.ToString(), [.. _map]);
    }
}
