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
        var builder = new Builder(Text.Length);
        var last = 0;
        foreach (Match m in matches)
        {
            builder.Append(this, last, m.Index);
            last = m.Index + m.Length;
        }
        builder.Append(this, last, Text.Length);
        return builder.Build();
    }

    /// <summary>
    /// Appends characters, each with the original position it came from. Sized for the text it rewrites (a rewrite
    /// rarely grows it), so a rewrite of a long document allocates its arrays once instead of growing lists through
    /// every doubling; <see cref="Build"/> trims them to the length written.
    /// </summary>
    public sealed class Builder(int capacity)
    {
        private char[] _text = new char[Math.Max(capacity, 16)];
        private int[] _map = new int[Math.Max(capacity, 16)];
        private int[] _ends = new int[Math.Max(capacity, 16)];

        public int Length { get; private set; }

        public char Last => Length == 0 ? '\0' : _text[Length - 1];

        public void Append(char c, int original) => Append(c, original, original + 1);

        /// <summary>Appends a character that stands for the original characters from original up to originalEnd.</summary>
        public void Append(char c, int original, int originalEnd)
        {
            Reserve(1);
            (_text[Length], _map[Length], _ends[Length]) = (c, original, originalEnd);
            Length++;
        }

        public void Append(MappedText source, int start, int end)
        {
            var count = end - start;
            if (count <= 0) return;
            Reserve(count);
            source.Text.AsSpan(start, count).CopyTo(_text.AsSpan(Length));
            source.Map.AsSpan(start, count).CopyTo(_map.AsSpan(Length));
            source.Ends.AsSpan(start, count).CopyTo(_ends.AsSpan(Length));
            Length += count;
        }

        private void Reserve(int more)
        {
            if (Length + more <= _text.Length) return;
            var size = Math.Max(_text.Length * 2, Length + more);
            Array.Resize(ref _text, size);
            Array.Resize(ref _map, size);
            Array.Resize(ref _ends, size);
        }

        public MappedText Build() => new(new string(_text, 0, Length), Exact(_map), Exact(_ends));

        private int[] Exact(int[] values) => values.Length == Length ? values : values.AsSpan(0, Length).ToArray();
    }
}
