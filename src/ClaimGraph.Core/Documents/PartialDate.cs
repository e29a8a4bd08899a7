using System.Globalization;

namespace ClaimGraph.Core.Documents;

/// <summary>A calendar date known to the day, the month or the year; written 2022-04-18, 2022-04 or 2022.</summary>
public sealed record PartialDate(int Year, int? Month = null, int? Day = null)
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => Year.ToString("D4", CultureInfo.InvariantCulture),
    };

    /// <summary>A date, or null when the parts do not make one (month 13, 2月30日).</summary>
    public static PartialDate? Of(int year, int? month = null, int? day = null)
    {
        if (year is < 1 or > 9999) return null;
        if (month is { } m && m is < 1 or > 12) return null;
        if (day is { } d && (month is null || d < 1 || d > DateTime.DaysInMonth(year, month.Value))) return null;
        return new PartialDate(year, month, day);
    }

    /// <summary>Reads 2022, 2022-04 or 2022-04-18; throws <see cref="FormatException"/> with the reason otherwise.</summary>
    public static PartialDate Parse(string text)
    {
        var parts = text.Trim().Split('-');
        if (parts.Length is < 1 or > 3 || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2)
            || !parts.All(p => p.All(char.IsAsciiDigit)))
            throw new FormatException($"'{text}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
        var numbers = parts.Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return Of(numbers[0], numbers.Length > 1 ? numbers[1] : null, numbers.Length > 2 ? numbers[2] : null)
            ?? throw new FormatException($"'{text}' is not a calendar date");
    }
}
