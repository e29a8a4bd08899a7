namespace ClaimGraph.Dashboard.Tests.Support;

/// <summary>Debian's Chromium, driven by Playwright; no browser is ever downloaded.</summary>
public static class Chromium
{
    public const string PathVariable = "CLAIMGRAPH_CHROMIUM";
    private const string DebianPath = "/usr/bin/chromium";

    /// <summary>The browser to drive: $CLAIMGRAPH_CHROMIUM, else /usr/bin/chromium; null when neither exists.</summary>
    public static string? Executable =>
        Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path && File.Exists(path) ? path
        : File.Exists(DebianPath) ? DebianPath
        : null;

    public static string MissingReason =>
        $"needs Chromium at {DebianPath} (apt-get install -y chromium; .ci/run installs it) or a browser path in {PathVariable}";
}

/// <summary>A browser test: skipped, saying why, on a machine without Chromium.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (Chromium.Executable is null) Skip = Chromium.MissingReason;
    }
}
