using System.Diagnostics;
using System.Text;

namespace ClaimGraph.Cli.Tests.Support;

/// <summary>A claimgraph process left running, for tests that kill it or talk to it while it works.</summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private CliProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => { lock (_stdout) _stdout.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { lock (_stderr) _stderr.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public static CliProcess Start(string workingDirectory, params string[] args) => Start(workingDirectory, new Dictionary<string, string>(), args);

    public static CliProcess Start(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var process = Process.Start(ClaimGraphCli.StartInfo(workingDirectory, environment, args)) ?? throw new InvalidOperationException("dotnet did not start");
        process.StandardInput.Close();
        return new CliProcess(process);
    }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }

    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>SIGKILL on Linux: no handler runs, no transaction is finished, as in a power cut.</summary>
    public void KillHard()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    /// <summary>Waits until standard output contains the text, failing when the process ends or the time is up first.</summary>
    public async Task<string> WaitForOutputAsync(Func<string, bool> found, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline)
        {
            if (found(Stdout)) return Stdout;
            if (_process.HasExited) Assert.Fail($"claimgraph ended (exit {_process.ExitCode}) before the expected output:\n{Stdout}\n{Stderr}");
            await Task.Delay(50);
        }
        Assert.Fail($"no expected output within {limit}:\n{Stdout}\n{Stderr}");
        return "";
    }

    public async Task<int> WaitForExitAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            KillHard();
            Assert.Fail($"claimgraph did not end within {limit}:\n{Stdout}\n{Stderr}");
        }
        _process.WaitForExit(); // lets the output handlers finish
        return _process.ExitCode;
    }

    public void Dispose()
    {
        KillHard();
        _process.Dispose();
    }
}
