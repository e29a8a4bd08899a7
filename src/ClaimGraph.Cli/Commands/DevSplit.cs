namespace ClaimGraph.Cli.Commands;

/// <summary>
/// Keeps the held-out sets (dev*, and heldout* written by other writers) out of anything that trains: their scores are
/// only honest while no model has seen them.
/// </summary>
public static class DevSplit
{
    private static readonly string[] HeldOut = ["dev", "heldout"];

    public static void RefuseTrainingOn(string goldFile, string why)
    {
        if (HeldOut.Any(prefix => Path.GetFileName(goldFile).StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            throw new ArgumentException($"{goldFile}: {why}");
    }
}
