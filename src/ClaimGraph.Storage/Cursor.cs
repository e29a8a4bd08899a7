using System.Text;

namespace ClaimGraph.Storage;

/// <summary>Opaque page cursors over an ordered key.</summary>
public static class Cursor
{
    public static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes("c:" + key));

    public static string? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("c:", StringComparison.Ordinal)) return text[2..];
        }
        catch (FormatException)
        {
        }
        throw new InvalidCursorException(cursor);
    }
}
