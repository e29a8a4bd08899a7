using System.Text.RegularExpressions;
using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Metadata;

/// <summary>
/// Reads an author line: "朱锋，南京大学国际关系研究院教授。" (a footnote) or
/// "作者简介：安高乐（1973-），四川师范大学华西边疆研究所研究员" (a byline in the flow).
/// </summary>
public sealed partial class AuthorLineParser(IReadOnlyList<string> roles)
{
    public Author? Parse(string line, string? section)
    {
        var m = AuthorLine().Match(line.Trim());
        if (!m.Success) return null;
        var name = m.Groups["name"].Value;
        var rest = m.Groups["rest"].Value;
        var cut = rest.IndexOfAny(['。', '；', ';']);
        var description = (cut >= 0 ? rest[..cut] : rest).Split('，', ',')[0];
        var role = roles.OrderByDescending(r => r.Length).FirstOrDefault(r => description.Contains(r, StringComparison.Ordinal));
        if (role is null) return null;
        var affiliation = description[..description.IndexOf(role, StringComparison.Ordinal)].Trim();
        return new Author(name, affiliation.Length > 0 ? affiliation : null, role, section);
    }

    [GeneratedRegex(@"^(?:作者简介[:：]\s*)?(?<name>[\u4E00-\u9FFF·]{2,6})\s*(?:[（(][^）)]{0,20}[）)])?\s*[，,]\s*(?<rest>.+)$")]
    private static partial Regex AuthorLine();
}
