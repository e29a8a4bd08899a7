using System.Text;

namespace ClaimGraph.Core.Input;

/// <summary>
/// Turns bytes or a string from a caller into document text, or says clearly why it cannot: empty,
/// whitespace only, binary, not valid UTF-8 (or UTF-16 with a byte-order mark), over the size limit, or not prose.
/// </summary>
public static class DocumentText
{
    /// <summary>
    /// Larger documents are refused rather than half processed: extraction takes about a minute per million characters,
    /// and a longer text is a book or a dump, which analysts split into articles first (docs/RELIABILITY.md).
    /// </summary>
    public const int MaxCharacters = 2_000_000;

    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string FromFile(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists) throw new InvalidDocumentException(path, "no such file");
        if (info.Length > MaxCharacters * 4L) throw new InvalidDocumentException(path, $"file is {info.Length:N0} bytes, too large for a document of at most {MaxCharacters:N0} characters: split it into articles");
        return FromBytes(File.ReadAllBytes(path), path);
    }

    public static string FromBytes(byte[] bytes, string name)
    {
        string text;
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            var encoding = bytes[0] == 0xFF ? new UnicodeEncoding(false, true, true) : new UnicodeEncoding(true, true, true);
            text = Decode(encoding, bytes[2..], name, "UTF-16");
        }
        else
        {
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            if (LooksBinary(bytes.AsSpan(start))) throw new InvalidDocumentException(name, "binary content (NUL or control bytes), not a text document");
            text = Decode(s_strictUtf8, bytes[start..], name, "UTF-8");
        }
        return Validate(text, name);
    }

    public static string Validate(string text, string name)
    {
        if (text.Length == 0) throw new InvalidDocumentException(name, "empty document");
        if (string.IsNullOrWhiteSpace(text)) throw new InvalidDocumentException(name, "document holds only whitespace");
        if (text.Length > MaxCharacters) throw new InvalidDocumentException(name, $"document has {text.Length:N0} characters; the limit is {MaxCharacters:N0}: split it into articles");
        if (LongestRunWithoutBreak(text) is var (start, length) && length > MaxRunWithoutBreak)
            throw new InvalidDocumentException(name,
                $"{length:N0} characters from offset {start:N0} have no sentence end or line break; the limit is {MaxRunWithoutBreak:N0}: this is not prose (a data dump or minified text?)");
        if (text.Contains('\0')) throw new InvalidDocumentException(name, "document contains NUL characters (binary data?)");
        var controls = text.Count(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'));
        if (controls > text.Length / 100 + 8) throw new InvalidDocumentException(name, $"document has {controls} control characters: binary data, not text");
        if (text.Contains('\uFFFD') && text.Count(c => c == '\uFFFD') > text.Length / 100 + 8)
            throw new InvalidDocumentException(name, "document is full of replacement characters: it was decoded from another encoding");
        return text;
    }

    /// <summary>
    /// Prose ends a sentence or a line within a few hundred characters. A longer unbroken stretch is refused: every
    /// piece of it becomes a capped 1,000-character sentence without clauses, the slowest input the claim rules meet
    /// (docs/RELIABILITY.md).
    /// </summary>
    public const int MaxRunWithoutBreak = 10_000;

    private const string Breaks = "\n。！？!?.;；…";

    private static (int Start, int Length)? LongestRunWithoutBreak(string text)
    {
        var (bestStart, bestLength, start) = (0, 0, 0);
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && Breaks.IndexOf(text[i]) < 0) continue;
            if (i - start > bestLength) (bestStart, bestLength) = (start, i - start);
            start = i + 1;
        }
        return bestLength > 0 ? (bestStart, bestLength) : null;
    }

    private static string Decode(Encoding encoding, byte[] bytes, string name, string label)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            throw new InvalidDocumentException(name, $"not valid {label} at byte {e.Index}: convert it to UTF-8 first");
        }
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0)) return true;
        var controls = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C)) controls++;
        return controls > sample.Length / 50 + 4;
    }
}
