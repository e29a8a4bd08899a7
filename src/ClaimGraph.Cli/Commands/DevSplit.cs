namespace ClaimGraph.Cli.Commands;

/// <summary>Keeps the dev split out of anything that trains: its scores are only honest while no model has seen it.</summary>
public static class DevSplit
{
    public static void RefuseTrainingOn(string goldFile, string why)
    {
        if (Path.GetFileName(goldFile).StartsWith("dev", StringComparison.OrdinalIgnoreCase))
            throw new ArgumentException($"{goldFile}: {why}");
    }
}
