using System.CommandLine;
using System.Globalization;
using ClaimGraph.Extraction;
using ClaimGraph.Learning.Training;
using Spectre.Console;

namespace ClaimGraph.Cli.Commands;

/// <summary>claimgraph train [--gold FILE...] [--out DIR] [--trainer sdca|lightgbm]: trains the models deterministically.</summary>
public static class TrainCommand
{
    /// <summary>The corpus's training split and the sentences annotators wrote for training in other writers' manners.</summary>
    public static readonly string[] DefaultGold = ["corpus/annotations/train.jsonl", "corpus/annotations/train-written.jsonl"];

    public static Command Create()
    {
        var gold = new Option<string[]>("--gold") { Description = "Training annotations, one or more files (never the dev split).", DefaultValueFactory = _ => DefaultGold, AllowMultipleArgumentsPerToken = true };
        var output = new Option<string>("--out") { Description = "Where to write the models (src/ClaimGraph.Learning/Trained to replace the shipped ones).", DefaultValueFactory = _ => "models" };
        var trainer = new Option<TrainerKind>("--trainer") { Description = "Sdca or LightGbm.", DefaultValueFactory = _ => TrainerKind.LightGbm };
        var tune = new Option<bool>("--tune-threshold") { Description = "Choose each predicate's threshold by 4-fold cross-validation on the training data (four more fits; writes claim-thresholds.json)." };
        var modality = new Option<bool>("--modality-model") { Description = "Also train a modality classifier (the rules read modality better on dev today)." };
        var withReviews = new Option<bool>("--with-reviews") { Description = "Add the analysts' reviews in the store (--store, --db) to the training data." };
        var store = new StoreOptions();
        var command = new Command("train", "Train the claim and entity-candidate classifiers from gold annotations.") { gold, output, trainer, tune, modality, withReviews };
        foreach (var option in store.All) command.Options.Add(option);
        command.SetAction((parse, ct) => ExitCodes.RunAsync(async () =>
        {
            var files = parse.GetValue(gold)!;
            var lines = DevSplit.ReadTrainingFiles(files);
            IReadOnlyList<ReviewExample> reviews = [];
            if (parse.GetValue(withReviews))
            {
                var settings = store.Read(parse);
                await using var graph = await Composition.OpenStoreAsync(settings, ct);
                reviews = (await graph.AllReviewsAsync(ct)).Select(ReviewTraining.ToExample).ToList();
                AnsiConsole.MarkupLine($"{reviews.Count} reviews from {Markup.Escape(settings.Description)}");
            }
            var trainedOn = string.Join(" + ", files.Select(Path.GetFileName)) + (reviews.Count > 0 ? $" + {reviews.Count} reviews" : "");
            var result = new ModelTrainer(ExtractionLexicons.Default).Train(lines, reviews, parse.GetValue(output)!, parse.GetValue(trainer), trainedOn, parse.GetValue(tune), parse.GetValue(modality), ct);
            AnsiConsole.MarkupLine($"{result.ClaimExamples} claim candidates (they reach {result.CandidateRecall:P1} of the gold claims), {result.EntityExamples} pattern-only names");
            AnsiConsole.MarkupLine((result.Tuned ? "thresholds chosen by cross-validation: " : "thresholds (from the last tuning): ")
                + string.Join(", ", result.Thresholds.Select(kv => $"{kv.Key} {kv.Value.ToString(CultureInfo.InvariantCulture)}")));
            foreach (var info in result.Models)
                AnsiConsole.MarkupLine($"wrote {Markup.Escape(Path.Combine(parse.GetValue(output)!, info.Name))}.zip ({info.Trainer}, threshold {info.Threshold.ToString(CultureInfo.InvariantCulture)}, version {info.Version})");
            return ExitCodes.Ok;
        }));
        return command;
    }
}
