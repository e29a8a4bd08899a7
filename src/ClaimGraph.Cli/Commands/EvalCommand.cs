using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using ClaimGraph.Core.Contract;
using ClaimGraph.Extraction;
using ClaimGraph.Learning.Evaluation;
using ClaimGraph.Learning.Training;
using Spectre.Console;

namespace ClaimGraph.Cli.Commands;

/// <summary>claimgraph eval --gold FILE [--json] [--rules-only]: scores extraction against gold annotations.</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold annotations in the contract's JSONL format.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the report as one JSON object." };
        var errors = new Option<int>("--errors") { Description = "Also print the first N sentences with errors.", DefaultValueFactory = _ => 0 };
        var predictedFile = new Option<string?>("--predicted") { Description = "Score these saved lines (extract output, or a second annotator's) instead of running extraction." };
        var rulesOnly = CommonOptions.RulesOnly();
        var models = CommonOptions.Models();
        var crossValidate = new Option<int>("--cross-validate") { Description = "Instead of the shipped models: train on all but one of K folds of --gold, score the held-out fold, pool the K folds (training data only)." };
        var trainer = new Option<TrainerKind>("--trainer") { Description = "With --cross-validate: Sdca or LightGbm.", DefaultValueFactory = _ => TrainerKind.LightGbm };
        var thresholds = new Option<float[]>("--thresholds") { Description = "With --cross-validate: score the same fold models at each of these decision thresholds.", AllowMultipleArgumentsPerToken = true };
        var alsoTrain = new Option<string[]>("--also-train") { Description = "With --cross-validate: annotations added to every fold's training and never scored (sentences written for training).", AllowMultipleArgumentsPerToken = true };
        var command = new Command("eval", "Score extraction on gold sentences (entity and claim P/R/F1, negation, modality, confusion).") { gold, json, errors, predictedFile, rulesOnly, models, crossValidate, trainer, thresholds, alsoTrain };
        command.SetAction((parse, ct) => ExitCodes.RunAsync(() =>
        {
            var lines = ContractJson.ReadFile(parse.GetValue(gold)!).ToList();
            if (lines.Count == 0) throw new FormatException($"{parse.GetValue(gold)}: no gold lines");
            if (parse.GetValue(alsoTrain) is { Length: > 0 } && parse.GetValue(crossValidate) <= 0)
                throw new ArgumentException("--also-train adds training data and only makes sense with --cross-validate");
            if (parse.GetValue(crossValidate) is var folds and > 0)
            {
                DevSplit.RefuseTrainingOn(parse.GetValue(gold)!, "cross-validation trains on its folds; refusing a held-out set");
                var extra = DevSplit.ReadTrainingFiles(parse.GetValue(alsoTrain) ?? []);
                var work = Directory.CreateTempSubdirectory("claimgraph-cv-");
                try
                {
                    var runs = new CrossValidator(ExtractionLexicons.Default).Run(lines, folds, parse.GetValue(trainer), work.FullName, parse.GetValue(thresholds), extra, ct);
                    foreach (var (threshold, report) in runs)
                    {
                        if (threshold is { } t && !parse.GetValue(json)) AnsiConsole.MarkupLine($"[bold]threshold {t.ToString(CultureInfo.InvariantCulture)}[/]");
                        Report(report, parse.GetValue(json), parse.GetValue(errors));
                    }
                }
                finally { work.Delete(recursive: true); }
                return Task.FromResult(ExitCodes.Ok);
            }
            var predicted = parse.GetValue(predictedFile) is { } file
                ? Aligned(lines, ContractJson.ReadFile(file).ToList(), file)
                : new SentenceExtractor(Composition.Analyzers(parse.GetValue(rulesOnly), parse.GetValue(models)).ForSentence()).ExtractAll(lines, ct);
            Report(new Evaluator().Score(lines, predicted), parse.GetValue(json), parse.GetValue(errors));
            return Task.FromResult(ExitCodes.Ok);
        }));
        return command;
    }

    private static void Report(EvaluationReport report, bool json, int errors)
    {
        if (json) Console.Out.WriteLine(JsonSerializer.Serialize(report with { Errors = report.Errors.Take(errors).ToList() }, ReportJson));
        else Print(report, errors);
    }

    /// <summary>The saved line for each gold id, in gold order; every gold sentence must have one, with the same text.</summary>
    private static IReadOnlyList<ContractLine> Aligned(IReadOnlyList<ContractLine> gold, IReadOnlyList<ContractLine> predicted, string file)
    {
        var byId = predicted.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First());
        return gold.Select(g => byId.TryGetValue(g.Id, out var p) && p.Text == g.Text
            ? p
            : throw new FormatException($"{file}: no line with id {g.Id} and the gold text")).ToList();
    }

    private static readonly JsonSerializerOptions ReportJson = new(ContractJson.Options) { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true };

    private static void Print(EvaluationReport report, int errors)
    {
        var scores = new Table().Title($"{report.Sentences} sentences").AddColumns("", "P", "R", "F1", "matched", "predicted", "gold");
        Row(scores, "entities", report.Entities);
        foreach (var (type, s) in report.EntitiesByType) Row(scores, $"  {type}", s);
        Row(scores, "claims (relaxed)", report.ClaimsRelaxed);
        Row(scores, "claims (strict)", report.ClaimsStrict);
        foreach (var (predicate, s) in report.ClaimsByPredicate) Row(scores, $"  {predicate}", s);
        AnsiConsole.Write(scores);
        AnsiConsole.MarkupLine($"negation accuracy {F(report.NegationAccuracy)}, modality accuracy {F(report.ModalityAccuracy)} on {report.MatchedClaims} matched claims");

        var labels = report.Confusion.Keys.Concat(report.Confusion.Values.SelectMany(r => r.Keys)).Distinct().Order(StringComparer.Ordinal).ToList();
        var confusion = new Table().Title("predicate confusion (rows gold, columns predicted)").AddColumn("gold \\ predicted");
        foreach (var label in labels) confusion.AddColumn(label[..Math.Min(4, label.Length)]);
        foreach (var row in labels)
            confusion.AddRow([row, .. labels.Select(col => report.Confusion.GetValueOrDefault(row)?.GetValueOrDefault(col) is { } n and > 0 ? n.ToString(CultureInfo.InvariantCulture) : "")]);
        AnsiConsole.Write(confusion);

        foreach (var e in report.Errors.Take(errors))
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(e.Id)}[/] {Markup.Escape(e.Text)}");
            foreach (var m in e.MissedEntities) AnsiConsole.MarkupLine($"  [yellow]missed entity[/] {Markup.Escape(m)}");
            foreach (var m in e.SpuriousEntities) AnsiConsole.MarkupLine($"  [red]spurious entity[/] {Markup.Escape(m)}");
            foreach (var m in e.MissedClaims) AnsiConsole.MarkupLine($"  [yellow]missed claim[/] {Markup.Escape(m)}");
            foreach (var m in e.SpuriousClaims) AnsiConsole.MarkupLine($"  [red]spurious claim[/] {Markup.Escape(m)}");
        }
    }

    private static void Row(Table table, string name, PrF1 s) =>
        table.AddRow(name, F(s.Precision), F(s.Recall), F(s.F1), s.Matched.ToString(CultureInfo.InvariantCulture), s.Predicted.ToString(CultureInfo.InvariantCulture), s.Gold.ToString(CultureInfo.InvariantCulture));

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
