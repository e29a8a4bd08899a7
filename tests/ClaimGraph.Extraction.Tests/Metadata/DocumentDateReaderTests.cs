using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Input;
using ClaimGraph.Extraction.Metadata.Dates;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Metadata;

public sealed class DocumentDateReaderTests
{
    private static readonly DocumentDateReader s_reader = new();

    private static DocumentDate Read(string text, string? given = null) =>
        s_reader.Read(new DocumentInput("test.txt", text) { PublishedAt = given });

    [Fact]
    public void dates_002_by_its_shougao_riqi()
    {
        var document = CorpusDocuments.Get(CorpusDocuments.Byline);
        var date = document.Date!;

        Assert.Equal("2022-04-18", date.Value!.ToString());
        Assert.Equal(DatePrecision.Day, date.Value.Precision);
        Assert.Equal("received-date", date.Rule);
        Assert.Equal("2022-04-18", document.Original[date.Evidence!.Value.Start..date.Evidence.Value.End]);
    }

    [Fact]
    public void dates_003_by_its_epoch_millisecond_comment_in_beijing_time()
    {
        var document = CorpusDocuments.Get(CorpusDocuments.WebPage);
        var date = document.Date!;

        // 1604955149000 ms is 2020-11-09 20:52:29 UTC, already 10 November in Beijing.
        Assert.Equal("2020-11-10", date.Value!.ToString());
        Assert.Equal("page-timestamp", date.Rule);
        Assert.Equal("1604955149000", document.Original[date.Evidence!.Value.Start..date.Evidence.Value.End]);
    }

    [Fact]
    public void dates_004_by_its_running_issue_header_not_by_issue_lines_it_cites()
    {
        var document = CorpusDocuments.Get(CorpusDocuments.Journal);
        var date = document.Date!;

        Assert.Equal("2023", date.Value!.ToString());
        Assert.Equal(DatePrecision.Year, date.Value.Precision);
        Assert.Equal("issue-line", date.Rule);
        Assert.StartsWith("《国际问题研究》2023", document.Original[date.Evidence!.Value.Start..date.Evidence.Value.End]);
    }

    [Fact]
    public void leaves_000_undated_with_the_reason()
    {
        var date = CorpusDocuments.Get(CorpusDocuments.Biden).Date!;

        Assert.Null(date.Value);
        Assert.Equal("no 收稿日期, page timestamp, dateline or issue line", date.UnknownReason);
    }

    [Fact]
    public void leaves_the_001_digest_undated_because_its_dates_have_no_year()
    {
        var date = CorpusDocuments.Get(CorpusDocuments.Digest).Date!;

        Assert.Null(date.Value);
        Assert.Contains("month and day without a year", date.UnknownReason);
    }

    [Theory]
    [MemberData(nameof(CorpusDocuments.Names), MemberType = typeof(CorpusDocuments))]
    public void every_corpus_document_has_a_date_with_evidence_or_a_reason(string name)
    {
        var date = CorpusDocuments.Get(name).Date!;

        if (date.Value is null) Assert.False(string.IsNullOrWhiteSpace(date.UnknownReason));
        else
        {
            Assert.NotNull(date.Evidence);
            Assert.InRange(date.Confidence, 0.5, 1.0);
        }
    }

    [Fact]
    public void the_caller_s_date_overrides_what_the_text_says()
    {
        var date = Read("收稿日期：2022-04-18\n正文。", "2023-01");

        Assert.Equal("2023-01", date.Value!.ToString());
        Assert.Equal("caller", date.Rule);
    }

    [Fact]
    public void refuses_a_caller_date_that_is_not_a_date()
    {
        var e = Assert.Throws<InvalidDocumentException>(() => Read("正文。", "2022-13-01"));

        Assert.Contains("2022-13-01", e.Message);
    }

    [Fact]
    public void reads_a_xinhua_dateline()
    {
        var date = Read("新华社北京2021年3月5日电 国务院总理李克强作政府工作报告。");

        Assert.Equal("2021-03-05", date.Value!.ToString());
        Assert.Equal("dateline", date.Rule);
    }

    [Fact]
    public void reads_a_received_date_written_in_chinese_with_full_width_digits()
    {
        Assert.Equal("2019-07-07", Read("收稿日期：２０１９年７月７日\n正文。").Value!.ToString());
    }

    [Fact]
    public void an_issue_line_cited_with_a_single_page_is_not_the_document_s_issue()
    {
        var date = Read("正文。\n《外交评论》2019 年第 3期，第 59 页。\n");

        Assert.Null(date.Value);
    }
}
