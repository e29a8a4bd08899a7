namespace ClaimGraph.Bench.Ingest;

/// <summary>The process's peak resident set (VmHWM), which Linux lets a process reset by writing 5 to /proc/self/clear_refs.</summary>
public static class PeakMemory
{
    public static bool Reset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Bytes, or null where /proc/self/status is not there.</summary>
    public static long? PeakBytes()
    {
        if (!File.Exists("/proc/self/status")) return null;
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    }
}
