using System.Globalization;

namespace ClaimGraph.Storage.Export;

/// <summary>The types of exported property values, as each format spells them.</summary>
public enum ValueKind
{
    String,
    Int,
    Long,
    Double,
    Boolean,
}

public static class ExportValues
{
    public static ValueKind KindOf(object value) => value switch
    {
        string => ValueKind.String,
        int => ValueKind.Int,
        long => ValueKind.Long,
        double => ValueKind.Double,
        bool => ValueKind.Boolean,
        _ => throw new InvalidOperationException($"cannot export a {value.GetType().Name}"),
    };

    /// <summary>The one kind that holds every non-null value of a column: int widens to long, anything else mixed is text.</summary>
    public static ValueKind KindOf(IEnumerable<object?> values)
    {
        var kinds = values.OfType<object>().Select(KindOf).Distinct().ToList();
        return kinds switch
        {
            [] => ValueKind.String,
            [var one] => one,
            _ when kinds.All(k => k is ValueKind.Int or ValueKind.Long) => ValueKind.Long,
            _ => ValueKind.String,
        };
    }

    /// <summary>A number as text that reads back as the same number: doubles always with a point or exponent.</summary>
    public static string Number(object value) => value switch
    {
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d when double.IsFinite(d) => d.ToString("R", CultureInfo.InvariantCulture) is var s && (s.Contains('.') || s.Contains('E')) ? s : s + ".0",
        double d => throw new InvalidOperationException($"cannot export the number {d}"),
        _ => throw new InvalidOperationException($"{value} is not a number"),
    };

    /// <summary>Columns of a set of property maps, in the order they first appear, with the kind of their values.</summary>
    public static IReadOnlyList<(string Name, ValueKind Kind)> Columns(IEnumerable<IReadOnlyDictionary<string, object?>> rows)
    {
        var order = new List<string>();
        var values = new Dictionary<string, List<object?>>();
        foreach (var row in rows)
            foreach (var (name, value) in row)
            {
                if (!values.TryGetValue(name, out var list))
                {
                    values[name] = list = [];
                    order.Add(name);
                }
                list.Add(value);
            }
        return order.Select(n => (n, KindOf(values[n]))).ToList();
    }
}
