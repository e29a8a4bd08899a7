using ClaimGraph.Core.Input;
using ClaimGraph.Core.Pipeline;

namespace ClaimGraph.Cli.Commands;

/// <summary>0 ok, 1 bad input (with a one-line reason), 2 internal error.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int BadInput = 1;
    public const int Internal = 2;

    public static async Task<int> RunAsync(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (IsBadInput(e))
        {
            await Console.Error.WriteLineAsync($"claimgraph: {OneLine(e.Message)}");
            return BadInput;
        }
        catch (OperationCanceledException)
        {
            await Console.Error.WriteLineAsync("claimgraph: cancelled");
            return Internal;
        }
        catch (Exception e)
        {
            await Console.Error.WriteLineAsync($"claimgraph: internal error: {OneLine(e.Message)}");
            await Console.Error.WriteLineAsync(e.ToString());
            return Internal;
        }
    }

    private static bool IsBadInput(Exception e) =>
        e is InvalidDocumentException or Storage.StoreUnavailableException or FileNotFoundException or DirectoryNotFoundException or FormatException or ArgumentException
            or System.Text.Json.JsonException
        || (e is StageFailedException s && s.InnerException is InvalidDocumentException);

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");
}
