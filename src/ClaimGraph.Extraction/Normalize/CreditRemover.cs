using System.Text.RegularExpressions;

namespace ClaimGraph.Extraction.Normalize;

/// <summary>
/// Drops the picture credits web pages leave in running text ((圖/翻攝新華社), （示意图/达志影像）, （图片来源：新华社）),
/// so the agency or photographer credited for a picture is not read as an actor of the sentence beside it, and the
/// marks that place a person in the picture (王毅（左）, 莫迪（右二）), which would part a name from the words after it,
/// and the outlet's name a page title ends with (…誓言建立新的多极世界 | 路透社), which is no party to the headline.
/// </summary>
public sealed partial class CreditRemover
{
    public MappedText Remove(MappedText text) => text.Without(Credit()).Without(PicturePosition()).Without(SiteName());

    [GeneratedRegex(@"[（(](?:示意)?(?:圖|图|圖片|图片|照片|攝影|摄影)(?:來源|来源|提供)?\s*[/／:：][^（()）\n]{1,40}[）)]")]
    private static partial Regex Credit();

    [GeneratedRegex(@"(?<=[\u3400-\u9FFF\uF900-\uFAFF])[（(](?:左|右|中|前排|后排|後排)[一二三四五六七八九1-9]?[）)]")]
    private static partial Regex PicturePosition();

    /// <summary>
    /// A short tail after the one bar of a line that ends like an outlet's name (社, 报, 网, 台, 新闻, 中文 …), so a
    /// headline after a section label (独家 | 美国宣布制裁…) stays; a line with more bars is a flattened table, left
    /// whole. The match starts at the bar and looks back to the line's start only there, so a long line costs one pass.
    /// </summary>
    [GeneratedRegex(@"[|｜](?<=^[^|｜\r\n]+[|｜])[ \t]*[^|｜\r\n。！？!?，,：:]{0,20}(?:社|报|報|网|網|台|臺|新闻|新聞|日报|日報|周刊|週刊|中文|中文版|[Nn]ews|NEWS)[ \t]*(?=\r?$)", RegexOptions.Multiline)]
    private static partial Regex SiteName();
}
