using System.Diagnostics;

namespace ClaimGraph.Cli.Tests.Support;

/// <summary>
/// The docker compose this machine has: the `docker compose` plugin, else the standalone `docker-compose`, else none
/// (with the reason). Only `config` is run: it checks the file, it starts nothing.
/// </summary>
public static class DockerCompose
{
    private static readonly Lazy<(string[]? Command, string Reason)> s_found = new(Find);

    public static string[]? Command => s_found.Value.Command;

    public static string MissingReason => s_found.Value.Reason;

    public static (int ExitCode, string Output) Run(IReadOnlyDictionary<string, string?> environment, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Command![0]) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in Command.Skip(1).Concat(args)) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment)
            if (value is null) start.Environment.Remove(name);
            else start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1))) process.Kill(entireProcessTree: true);
        return (process.ExitCode, output.Result + error.Result);
    }

    private static (string[]?, string) Find()
    {
        if (!Works("docker", "--version")) return (null, "the docker client is not installed");
        if (Works("docker", "compose", "version")) return (["docker", "compose"], "");
        if (Works("docker-compose", "version")) return (["docker-compose"], "");
        return (null, "docker is installed but not docker compose (neither the compose plugin nor docker-compose)");
    }

    private static bool Works(string program, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var arg in args) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            return process.WaitForExit(TimeSpan.FromSeconds(30)) && process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}

/// <summary>A fact that needs docker compose; skipped, with the reason, on a machine without it.</summary>
public sealed class DockerComposeFactAttribute : FactAttribute
{
    public DockerComposeFactAttribute()
    {
        if (DockerCompose.Command is null) Skip = DockerCompose.MissingReason;
    }
}
