using System.Reflection;
using Microsoft.AspNetCore.StaticFiles;

namespace ClaimGraph.Api.Dashboard;

/// <summary>
/// The bundled dashboard and GraphiQL pages (web/dist), embedded in this assembly at build time under
/// <c>dashboard/</c>: the host serves them without a files folder beside it and without any CDN.
/// </summary>
public static class DashboardFiles
{
    private const string Prefix = "dashboard/";
    private static readonly Assembly s_assembly = typeof(DashboardFiles).Assembly;
    private static readonly FileExtensionContentTypeProvider s_types = new();

    /// <summary>Bundle path (assets/x.js) → manifest resource name; Windows builds may name resources with '\'.</summary>
    private static readonly Lazy<IReadOnlyDictionary<string, string>> s_files = new(() =>
        s_assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(n => n[Prefix.Length..].Replace('\\', '/'), n => n, StringComparer.Ordinal));

    public const string DashboardPage = "index.html";
    public const string GraphiQLPage = "graphiql.html";

    public static IEnumerable<string> Paths => s_files.Value.Keys;

    /// <summary>The embedded file at this bundle path, or null (also for any path that tries to leave the bundle).</summary>
    public static DashboardFile? Find(string path)
    {
        if (!s_files.Value.TryGetValue(path, out var resource)) return null;
        var contentType = s_types.TryGetContentType(path, out var type) ? type : "application/octet-stream";
        if (contentType.StartsWith("text/", StringComparison.Ordinal) || contentType == "application/javascript") contentType += "; charset=utf-8";
        return new DashboardFile(path, contentType, () => s_assembly.GetManifestResourceStream(resource)!);
    }
}

public sealed record DashboardFile(string Path, string ContentType, Func<Stream> Open);
