using ClaimGraph.Core.Contract;

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

    /// <summary>The lines of annotation files to train on, each file refused first if it is a held-out set.</summary>
    public static List<ContractLine> ReadTrainingFiles(IReadOnlyList<string> files)
    {
        foreach (var file in files) RefuseTrainingOn(file, "refusing to train on a held-out set");
        return files.SelectMany(ContractJson.ReadFile).ToList();
    }
}
