using System.CommandLine;
using ClaimGraph.Core.Contract;
using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Input;
using ClaimGraph.Learning.Evaluation;
using Spectre.Console;

namespace ClaimGraph.Cli.Commands;

/// <summary>claimgraph extract FILE [--sentences] [--format jsonl|table]: prints contract lines.</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A UTF-8 text or HTML file ('-' reads standard input)." };
        var sentences = new Option<bool>("--sentences") { Description = "Treat every input line as one sentence (no splitting); one JSON line per input line." };
        var format = new Option<string>("--format") { Description = "jsonl (the annotation contract) or table.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "table");
        var rulesOnly = CommonOptions.RulesOnly();
        var models = CommonOptions.Models();
        var command = new Command("extract", "Extract entities and claims from a document and print them.") { file, sentences, format, rulesOnly, models };
        command.SetAction((parse, ct) => ExitCodes.RunAsync(async () =>
        {
            var name = parse.GetValue(file)!;
            var text = name == "-" ? DocumentText.FromBytes(await ReadStdinAsync(ct), "stdin") : DocumentText.FromFile(name);
            var factory = Composition.Analyzers(parse.GetValue(rulesOnly), parse.GetValue(models));
            var docName = name == "-" ? "stdin" : Path.GetFileName(name);
            var lines = parse.GetValue(sentences)
                ? ExtractLines(factory, docName, text, ct)
                : ContractWriter.Lines(factory.ForDocuments().Analyze(new DocumentInput(docName, text), ct), s => $"{docName}#{s.Index:D4}");
            if (parse.GetValue(format) == "table") PrintTable(lines);
            else foreach (var line in lines) Console.Out.WriteLine(ContractJson.Write(line));
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>One contract line per input line, in order; an empty line gets an empty result, never a gap.</summary>
    private static IEnumerable<ContractLine> ExtractLines(Learning.AnalyzerFactory factory, string docName, string text, CancellationToken ct)
    {
        var extractor = new SentenceExtractor(factory.ForSentence());
        var lines = text.Split('\n');
        var count = lines[^1].Length == 0 ? lines.Length - 1 : lines.Length;
        // Every line is checked before the first is printed, so a bad line leaves no partial output.
        for (var i = 0; i < count; i++)
            SentenceText.Validate(lines[i].TrimEnd('\r'), docName, i + 1);
        for (var i = 0; i < count; i++)
            yield return extractor.Extract($"{docName}#{i + 1:D4}", docName, lines[i].TrimEnd('\r'), ct);
    }

    private static void PrintTable(IEnumerable<ContractLine> lines)
    {
        var table = new Table().AddColumns("id", "subject", "predicate", "object", "negated", "modality", "source");
        foreach (var line in lines)
            foreach (var c in line.Claims)
                table.AddRow(Markup.Escape(line.Id), Markup.Escape(c.Subject), c.Predicate, Markup.Escape(c.Object ?? "—"), c.Negated ? "yes" : "", c.Modality, Markup.Escape(c.Source ?? ""));
        AnsiConsole.Write(table);
    }

    private static async Task<byte[]> ReadStdinAsync(CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await Console.OpenStandardInput().CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }
}
