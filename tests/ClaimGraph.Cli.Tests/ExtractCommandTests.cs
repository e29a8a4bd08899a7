using System.Text;
using System.Text.Json;
using ClaimGraph.Cli.Tests.Support;
using ClaimGraph.Tests.Shared;

namespace ClaimGraph.Cli.Tests;

public sealed class ExtractCommandTests : IDisposable
{
    /// <summary>Seven lines: a claim, HTML, an empty line, a footnote marker, padding, Traditional script, English.</summary>
    private static readonly string[] s_lines =
    [
        "拜登政府延续特朗普政府的印太战略。",
        "<p>美国与<b>日本</b>合作，<a href=\"https://example.org\">详见</a>。</p>",
        "",
        "中国反对美国的制裁①。",
        "  前后留有空格的一句话。  ",
        "美國對中國實施制裁。",
        "The U.S. left the deal. Then China joined.",
    ];

    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    public static TheoryData<string, string> LineEndings => new()
    {
        { "LF", "\n" },
        { "CRLF", "\r\n" },
    };

    [Theory]
    [MemberData(nameof(LineEndings))]
    public async Task extract_sentences_prints_one_json_line_per_input_line_in_order(string name, string newline)
    {
        var file = _directory.Write($"lines-{name}.txt", string.Join(newline, s_lines) + newline);

        var run = await ClaimGraphCli.RunAsync(_directory.Path, "extract", file, "--sentences");

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.StdoutLines;
        Assert.Equal(s_lines.Length, lines.Count);
        var parsed = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(s_lines, parsed.Select(p => p.GetProperty("text").GetString()));
        Assert.Equal(Enumerable.Range(1, s_lines.Length).Select(i => $"lines-{name}.txt#{i:D4}"), parsed.Select(p => p.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task extract_sentences_counts_a_last_line_without_a_newline()
    {
        var file = _directory.Write("no-final-newline.txt", string.Join("\n", s_lines));

        var run = await ClaimGraphCli.RunAsync(_directory.Path, "extract", file, "--sentences");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(s_lines, run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task extract_sentences_gives_an_empty_line_an_empty_result_and_a_claim_line_its_claim()
    {
        var file = _directory.Write("lines.txt", string.Join("\n", s_lines) + "\n");

        var run = await ClaimGraphCli.RunAsync(_directory.Path, "extract", file, "--sentences");

        var parsed = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var empty = parsed[2];
        Assert.Equal(0, empty.GetProperty("entities").GetArrayLength());
        Assert.Equal(0, empty.GetProperty("claims").GetArrayLength());
        Assert.Contains(parsed[0].GetProperty("claims").EnumerateArray(), claim =>
            (claim.GetProperty("subject").GetString(), claim.GetProperty("predicate").GetString(), claim.GetProperty("object").GetString())
            == ("拜登政府", "CONTINUES", "特朗普政府"));
        Assert.Contains(parsed[1].GetProperty("entities").EnumerateArray(), e => e.GetProperty("text").GetString() == "日本");
    }

    [Fact]
    public async Task extract_prints_contract_lines_for_a_whole_document()
    {
        var run = await ClaimGraphCli.RunAsync(_directory.Path, "extract", RepositoryPaths.CorpusFile("003_1efdb12d51446c5e.txt"));

        Assert.True(run.ExitCode == 0, run.ToString());
        var lines = run.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.True(lines.Count > 10, $"only {lines.Count} sentences");
        Assert.All(lines, l => Assert.Equal("003_1efdb12d51446c5e.txt", l.GetProperty("doc").GetString()));
        Assert.DoesNotContain(lines, l => l.GetProperty("text").GetString()!.Contains('<'));
        Assert.Contains(lines, l => l.GetProperty("claims").GetArrayLength() > 0);
    }

    public static TheoryData<string, byte[], string> BadFiles => new()
    {
        { "empty.txt", [], "empty document" },
        { "blank.txt", Encoding.UTF8.GetBytes(" \n\t\r\n\u3000\n"), "whitespace" },
        { "binary.bin", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], "binary" },
        { "nul.txt", [.. Encoding.UTF8.GetBytes("美国与日本合作。"), 0x00, .. Encoding.UTF8.GetBytes("中国反对。")], "binary" },
        { "latin1.txt", [.. Encoding.UTF8.GetBytes("美国"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("日本")], "UTF-8" },
        { "bare.txt", [0xC3, 0x28], "UTF-8" },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task extract_refuses_a_file_that_is_no_text_with_exit_1_and_a_one_line_reason(string name, byte[] bytes, string reason)
    {
        var file = _directory.Write(name, bytes);

        foreach (var args in new[] { new[] { "extract", file }, ["extract", file, "--sentences"] })
        {
            var run = await ClaimGraphCli.RunAsync(_directory.Path, args);

            Assert.True(run.ExitCode == 1, run.ToString());
            var line = Assert.Single(run.StderrLines);
            Assert.StartsWith("claimgraph: ", line);
            Assert.Contains(name, line);
            Assert.Contains(reason, line);
            Assert.Empty(run.Stdout);
        }
    }

    [Fact]
    public async Task extract_refuses_a_missing_file_with_exit_1()
    {
        var run = await ClaimGraphCli.RunAsync(_directory.Path, "extract", _directory.File("missing.txt"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("no such file", Assert.Single(run.StderrLines));
    }

    [Fact]
    public async Task extract_refuses_empty_standard_input_with_exit_1()
    {
        var run = await ClaimGraphCli.RunAsync(_directory.Path, "extract", "-");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Equal("claimgraph: stdin: empty document", Assert.Single(run.StderrLines));
    }
}
