using System.Text.RegularExpressions;

namespace ClaimGraph.Extraction.Metadata.Dates;

/// <summary>Numbers from a match, whether written in ASCII or full-width digits (２０２２年).</summary>
public static class DateDigits
{
    public static int Of(Group group) => Of(group.Value);

    public static int Of(string digits)
    {
        var value = 0;
        foreach (var c in digits.Where(char.IsDigit)) value = value * 10 + (int)char.GetNumericValue(c);
        return value;
    }

    public static int? OrNull(Group group) => group.Success ? Of(group) : null;
}
