using System.Globalization;
using System.Text.RegularExpressions;

namespace ClaimGraph.Storage;

/// <summary>The year a document was published, read from its publication date as the caller gave it.</summary>
public static partial class DocumentYear
{
    public static int? Of(string? publishedAt) =>
        publishedAt is not null && Year().Match(publishedAt) is { Success: true } m ? int.Parse(m.Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex(@"(19|20)\d{2}")]
    private static partial Regex Year();
}
