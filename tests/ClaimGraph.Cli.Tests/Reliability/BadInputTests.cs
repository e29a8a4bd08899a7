using System.Text;
using ClaimGraph.Cli.Tests.Support;

namespace ClaimGraph.Cli.Tests.Reliability;

/// <summary>
/// The inputs analysts scrape, through `claimgraph ingest` and `extract`: each is extracted or refused with exit 1 and
/// a one-line reason, never a crash, a hang (the runner kills a run after three minutes) or a partial document.
/// </summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    public static TheoryData<string, byte[]> Refused => new()
    {
        { "empty.txt", [] },
        { "whitespace.txt", Encoding.UTF8.GetBytes(" \n\t\u3000\r\n  ") },
        { "binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x01, 0x02] },
        { "latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 cr\u00e8me, na\u00efve fa\u00e7ade.") },
        { "gbk-bytes.txt", [0xC3, 0xC0, 0xB9, 0xFA, 0xD3, 0xEB, 0xC8, 0xD5, 0xB1, 0xBE, 0xBA, 0xCF, 0xD7, 0xF7, 0xA1, 0xA3] },
        { "nul.txt", [.. Encoding.UTF8.GetBytes("美国与日本合作。"), 0x00, .. Encoding.UTF8.GetBytes("中国反对。")] },
        { "fifty-megabytes.txt", [] },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task ingest_refuses_what_cannot_be_a_document_with_exit_1_a_one_line_reason_and_stores_nothing(string name, byte[] bytes)
    {
        var file = name == "fifty-megabytes.txt" ? WriteFiftyMegabytes() : _directory.Write(name, bytes);
        var db = _directory.File("store.db");

        var run = await ClaimGraphCli.RunAsync(_directory.Path, "ingest", file, "--db", db, "--rules-only");

        Assert.True(run.ExitCode == 1, run.ToString());
        var reason = Assert.Single(run.StderrLines);
        Assert.StartsWith($"claimgraph: {file}", reason);
        Assert.DoesNotContain("internal error", run.Stderr);
        Assert.Empty(StoreSnapshot.Read(db).Documents);
    }

    public static TheoryData<string, byte[]> Extracted => new()
    {
        { "utf16-bom.txt", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("美国与日本加强合作。中国反对霸权主义。")] },
        { "utf16be-bom.txt", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("美国与日本加强合作。")] },
        { "utf8-bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("美国与日本加强合作。")] },
        { "soup.html", Encoding.UTF8.GetBytes("<html><script>var x='<p>';</script><body><div><p>美国与日本<b>加强</b>合作。<p>中国反对<i>霸权主义</i>。<table><tr><td>东盟推动RCEP。") },
        { "emoji-rtl-combining.txt", Encoding.UTF8.GetBytes("美国🇺🇸与日本加强合作👍。שלום مرحبا。中国反对霸权主义é̂。") },
        { "mixed-scripts.txt", Encoding.UTF8.GetBytes("美國與日本加強合作。The United States (美国) cooperates with Japan。拜登政府延續特朗普政府的印太戰略。") },
    };

    [Theory]
    [MemberData(nameof(Extracted))]
    public async Task ingest_stores_odd_but_real_text_whole(string name, byte[] bytes)
    {
        var file = _directory.Write(name, bytes);
        var db = _directory.File("store.db");

        var run = await ClaimGraphCli.RunAsync(_directory.Path, "ingest", file, "--db", db, "--rules-only");

        Assert.True(run.ExitCode == 0, run.ToString());
        var document = Assert.Single(StoreSnapshot.Read(db).Documents);
        Assert.StartsWith(name, document);
        Assert.Contains(StoreSnapshot.Read(db).Actors, a => a.Contains("美国") || a.Contains("东盟"));
    }

    /// <summary>A 1,000,000-character line without punctuation is refused at once: as capped sentences it would take minutes.</summary>
    [Fact]
    public async Task ingest_refuses_a_million_character_line_without_punctuation_with_a_reason()
    {
        var unit = "美国与日本在印太地区加强合作中国反对霸权主义东盟推动区域经济一体化";
        var line = string.Concat(Enumerable.Repeat(unit, 1_000_000 / unit.Length + 1))[..1_000_000];
        var file = _directory.Write("one-line.txt", line);
        var db = _directory.File("store.db");

        var run = await ClaimGraphCli.RunAsync(_directory.Path, "ingest", file, "--db", db, "--rules-only");

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("1,000,000 characters from offset 0 have no sentence end or line break", Assert.Single(run.StderrLines));
        Assert.Empty(StoreSnapshot.Read(db).Documents);
    }

    /// <summary>The same text with its sentence ends is a long but ordinary document, and is stored.</summary>
    [Fact]
    public async Task ingest_stores_a_long_document_of_ordinary_sentences()
    {
        var text = string.Concat(Enumerable.Repeat("美国与日本在印太地区加强合作。中国反对霸权主义。\n", 4000));
        var file = _directory.Write("long.txt", text);
        var db = _directory.File("store.db");

        var run = await ClaimGraphCli.RunAsync(_directory.Path, "ingest", file, "--db", db, "--rules-only");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("long.txt", Assert.Single(StoreSnapshot.Read(db).Documents));
    }

    [Fact]
    public async Task extract_sentences_refuses_a_line_longer_than_a_sentence_before_printing_anything()
    {
        var file = _directory.Write("lines.txt", "美国与日本合作。\n" + new string('美', 1001) + "\n中国反对。\n");

        var run = await ClaimGraphCli.RunAsync(_directory.Path, "extract", "--sentences", "--rules-only", file);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("line 2 has 1,001 characters", Assert.Single(run.StderrLines));
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task a_bad_file_among_good_ones_is_reported_and_the_good_ones_still_land()
    {
        var good = _directory.Write("good.txt", "美国与日本加强合作。");
        var bad = _directory.Write("bad.txt", [0x00, 0x01, 0x02]);
        var db = _directory.File("store.db");

        var run = await ClaimGraphCli.RunAsync(_directory.Path, "ingest", good, bad, "--db", db, "--rules-only");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.txt", Assert.Single(run.StderrLines));
        Assert.StartsWith("good.txt", Assert.Single(StoreSnapshot.Read(db).Documents));
    }

    [Fact]
    public async Task serve_refuses_a_non_loopback_address_without_an_api_key()
    {
        var run = await ClaimGraphCli.RunAsync(_directory.Path, "serve", "--urls", "http://0.0.0.0:0", "--db", _directory.File("store.db"), "--corpus", _directory.File("none"));

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains("API key", Assert.Single(run.StderrLines));
        Assert.False(File.Exists(_directory.File("store.db")));
    }

    private string WriteFiftyMegabytes()
    {
        var path = _directory.File("fifty-megabytes.txt");
        var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("美国与日本加强合作。中国反对霸权主义。\n", 1000)));
        using var stream = File.Create(path);
        while (stream.Length < 50L * 1024 * 1024) stream.Write(chunk);
        return path;
    }
}
