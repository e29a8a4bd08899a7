using System.Diagnostics;
using System.Text.Json;
using ClaimGraph.Bench.Corpus;
using ClaimGraph.Bench.Report;

namespace ClaimGraph.Bench.Peers;

/// <summary>
/// jieba-rs (npm @node-rs/jieba, pinned in bench/jieba) cutting and POS-tagging the same files in the same run, on
/// one core: the peer that extraction's per-core speed is set against.
/// </summary>
public static class JiebaPeer
{
    public static bool TryRun(string jiebaDirectory, BenchCorpus corpus, double extractionMbPerSecond, BenchReport report)
    {
        var script = Path.Combine(jiebaDirectory, "segment.mjs");
        if (!File.Exists(Path.Combine(jiebaDirectory, "node_modules", "@node-rs", "jieba", "package.json")))
        {
            report.Note($"jieba-rs peer not run: {jiebaDirectory}/node_modules is missing (run `npm ci` there)");
            return false;
        }
        var start = new ProcessStartInfo("node", [script, Path.GetFullPath(corpus.Directory)]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var output = node.StandardOutput.ReadToEnd();
        var error = node.StandardError.ReadToEnd();
        node.WaitForExit();
        if (node.ExitCode != 0) throw new InvalidOperationException($"the jieba-rs peer failed (exit {node.ExitCode}): {error.Trim()}");
        using var json = JsonDocument.Parse(output);
        var bytes = json.RootElement.GetProperty("bytes").GetInt64();
        if (bytes != corpus.Bytes) throw new InvalidOperationException($"the jieba-rs peer read {bytes} bytes, the corpus has {corpus.Bytes}");
        var area = $"extraction vs jieba-rs, {corpus.Label} ({corpus.Megabytes:F2} MB), 1 core";
        var cut = bytes / 1_000_000.0 / json.RootElement.GetProperty("cut").GetProperty("seconds").GetDouble();
        var tag = bytes / 1_000_000.0 / json.RootElement.GetProperty("tag").GetProperty("seconds").GetDouble();
        report.Add(new Figure(area, "jieba-rs cut (segmentation only)", cut, "MB/s", null, null));
        report.Add(new Figure(area, "jieba-rs tag (segmentation + POS)", tag, "MB/s", null, null));
        report.Add(new Figure(area, "ClaimGraph extraction vs jieba-rs cut", extractionMbPerSecond, "MB/s", cut, "jieba-rs cut, MB/s"));
        report.Add(new Figure(area, "ClaimGraph extraction vs jieba-rs tag", extractionMbPerSecond, "MB/s", tag, "jieba-rs tag, MB/s"));
        return true;
    }
}
