using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace ClaimGraph.Cli.Tests.Support;

/// <summary>What one run of the CLI did.</summary>
public sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public IReadOnlyList<string> StdoutLines => Stdout.ReplaceLineEndings("\n").TrimEnd('\n') is { Length: > 0 } s ? s.Split('\n') : [];

    public IReadOnlyList<string> StderrLines => Stderr.ReplaceLineEndings("\n").TrimEnd('\n') is { Length: > 0 } s ? s.Split('\n') : [];

    public override string ToString() => $"exit {ExitCode}\nstdout: {Stdout}\nstderr: {Stderr}";
}

/// <summary>Runs the built claimgraph.dll with `dotnet`, in a working directory of the caller's choosing.</summary>
public static class ClaimGraphCli
{
    /// <summary>A run that has not ended by then is killed and fails the test: a hang, not a slow machine.</summary>
    private static readonly TimeSpan s_hangLimit = TimeSpan.FromMinutes(3);

    public static string EntryAssembly { get; } =
        typeof(ClaimGraphCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ClaimGraphCliPath").Value
        ?? throw new InvalidOperationException("the build did not record where claimgraph.dll is");

    public static Task<CliRun> RunAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, null, args);

    /// <summary>A run with some environment variables set (the store settings are cleared first otherwise).</summary>
    public static async Task<CliRun> RunAsync(string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, environment, args)) ?? throw new InvalidOperationException("dotnet did not start");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var hang = new CancellationTokenSource(s_hangLimit);
        try
        {
            await process.WaitForExitAsync(hang.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"claimgraph {string.Join(' ', args)} did not end within {s_hangLimit}");
        }
        return new CliRun(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>
    /// How every test starts claimgraph: the built dll under `dotnet`, output captured as UTF-8, no colour, and the
    /// machine's own store, model and key settings cleared so only what the test sets applies.
    /// </summary>
    public static ProcessStartInfo StartInfo(string workingDirectory, IReadOnlyDictionary<string, string>? environment, IEnumerable<string> args)
    {
        Assert.True(File.Exists(EntryAssembly), $"{EntryAssembly} is missing; build the solution first");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(EntryAssembly);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var setting in s_machineSettings) start.Environment.Remove(setting);
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        return start;
    }

    private static readonly string[] s_machineSettings =
        ["CLAIMGRAPH_DB", "CLAIMGRAPH_MODELS", "CLAIMGRAPH_API_KEY", "CLAIMGRAPH_STORE", "NEO4J_URL", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"];
}
