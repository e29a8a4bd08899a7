using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ClaimGraph.Bench.Report;

/// <summary>Collects the run's figures and prints them as a Markdown table (and JSON for tools).</summary>
public sealed class BenchReport
{
    private readonly List<Figure> _figures = [];
    private readonly List<string> _notes = [];

    public IReadOnlyList<Figure> Figures => _figures;

    public void Add(Figure figure)
    {
        _figures.Add(figure);
        Console.WriteLine($"  {figure.Area} · {figure.What}: {Format(figure.Value)} {figure.Unit}" +
            (figure.Floor is { } f ? $" (floor {Format(f)}, {figure.FloorWhat}; ratio {FormatRatio(figure.Ratio)})" : ""));
    }

    public void Note(string note)
    {
        _notes.Add(note);
        Console.WriteLine($"  note: {note}");
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| area | figure | value | unit | floor | floor is | ratio to floor |");
        text.AppendLine("|---|---|---:|---|---:|---|---:|");
        foreach (var f in _figures)
            text.AppendLine($"| {f.Area} | {f.What} | {Format(f.Value)} | {f.Unit} | {(f.Floor is { } fl ? Format(fl) : "")} | {f.FloorWhat ?? ""} | {FormatRatio(f.Ratio)} |");
        foreach (var note in _notes) text.AppendLine().Append("- ").Append(note);
        return text.ToString();
    }

    public string ToJson() => JsonSerializer.Serialize(new { figures = _figures.Select(f => new { f.Area, f.What, f.Value, f.Unit, f.Floor, f.FloorWhat, f.Ratio }), notes = _notes },
        new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    public static string Format(double value) => value switch
    {
        >= 1000 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("F1", CultureInfo.InvariantCulture),
        >= 0.1 => value.ToString("F2", CultureInfo.InvariantCulture),
        _ => value.ToString("G3", CultureInfo.InvariantCulture),
    };

    private static string FormatRatio(double? ratio) => ratio is { } r ? (r >= 0.01 ? r.ToString("F3", CultureInfo.InvariantCulture) : r.ToString("G3", CultureInfo.InvariantCulture)) : "";
}
