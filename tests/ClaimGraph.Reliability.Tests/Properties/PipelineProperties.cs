using System.Text.RegularExpressions;
using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Input;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Extraction;
using ClaimGraph.Learning;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ClaimGraph.Reliability.Tests.Properties;

/// <summary>
/// Invariants of the production pipeline (rules plus the shipped models) on random and mutated text: it either
/// refuses the text at the input boundary or analyzes it without an exception; every span lies inside the text;
/// every mention's offsets select its surface; claims and links point at existing mentions and sentences; and the
/// same text gives the same result twice.
/// </summary>
public sealed partial class PipelineProperties
{
    /// <summary>Kept modest so the suite stays fast; each case runs the whole pipeline twice.</summary>
    private const int Cases = 150;

    private static readonly DocumentPipeline s_pipeline = new AnalyzerFactory(ExtractionLexicons.Default).ForDocuments();

    [Property(MaxTest = Cases, Arbitrary = [typeof(TextGenerators)])]
    public Property analysis_keeps_its_invariants_on_random_and_mutated_text(string text)
    {
        try
        {
            DocumentText.Validate(text, "random.txt");
        }
        catch (InvalidDocumentException)
        {
            return true.Label("refused at the input boundary");
        }
        var first = s_pipeline.Analyze(new DocumentInput("random.txt", text));
        var second = s_pipeline.Analyze(new DocumentInput("random.txt", text));
        var violations = Violations(text, first).ToList();
        return (violations.Count == 0).Label(string.Join("; ", violations))
            .And(Fingerprint(first) == Fingerprint(second)).Label("the same text gave a different result");
    }

    [Property(MaxTest = 300)]
    public Property input_checks_refuse_or_accept_any_bytes_without_another_exception(byte[] bytes)
    {
        try
        {
            var text = DocumentText.FromBytes(bytes, "bytes.bin");
            return (text.Length > 0 && !string.IsNullOrWhiteSpace(text)).ToProperty();
        }
        catch (InvalidDocumentException e)
        {
            return (e.Message.StartsWith("bytes.bin: ", StringComparison.Ordinal) && !e.Message.Contains('\n')).Label(e.Message);
        }
    }

    private static IEnumerable<string> Violations(string text, AnalyzedDocument document)
    {
        var sentences = document.Sentences.Select(s => s.Index).ToHashSet();
        var mentions = document.Mentions.ToDictionary(m => m.Id);
        foreach (var s in document.Sentences)
            if (s.Original.Start < 0 || s.Original.End > text.Length || s.Original.Start > s.Original.End)
                yield return $"sentence {s.Index} at [{s.Original.Start}, {s.Original.End}) is outside the text of {text.Length}";
        foreach (var m in document.Mentions)
        {
            if (m.Original.Start < 0 || m.Original.End > text.Length || m.Original.Start >= m.Original.End)
                yield return $"mention {m.Id} at [{m.Original.Start}, {m.Original.End}) is outside the text of {text.Length}";
            else if (!Selects(text, m))
                yield return $"mention {m.Id} '{m.Text}' does not match its surface '{text[m.Original.Start..m.Original.End]}'";
            if (!sentences.Contains(m.Sentence)) yield return $"mention {m.Id} names sentence {m.Sentence}, which does not exist";
        }
        foreach (var c in document.Claims)
        {
            if (!mentions.ContainsKey(c.Subject)) yield return $"a claim's subject {c.Subject} is no mention";
            if (c.Object is { } o && !mentions.ContainsKey(o)) yield return $"a claim's object {o} is no mention";
            if (c.Source is { } s && !mentions.ContainsKey(s)) yield return $"a claim's source {s} is no mention";
            if (!sentences.Contains(c.Sentence)) yield return $"a claim names sentence {c.Sentence}, which does not exist";
        }
        foreach (var l in document.Links)
            if (!sentences.Contains(l.FromSentence) || !sentences.Contains(l.ToSentence))
                yield return $"an argument link joins sentences {l.FromSentence} and {l.ToSentence}, not both existing";
    }

    /// <summary>
    /// A mention's text is its surface as read: the original characters, or their matching key when the original
    /// wrote them in another form (美國 for 美国, full-width letters), less what normalization removes inside a span
    /// (markup tags, script and style blocks with their content, comments, footnote markers such as [3] or ①, white
    /// space and line breaks), with character references
    /// (&#x7F8E; for 美) read as the characters they stand for.
    /// </summary>
    private static bool Selects(string text, Mention mention)
    {
        var surface = text[mention.Original.Start..mention.Original.End];
        return surface == mention.Text
            || Fold(surface) == Fold(mention.Text)
            || Fold(surface).Contains(Fold(mention.Text), StringComparison.Ordinal)
            || GluedAcrossFootnote(surface, mention.Text);
    }

    /// <summary>
    /// A word split by a page-bottom footnote (多 / [1] 《…》… / 边主义) is joined again, as it should be: the name is
    /// then the characters before the footnote lines and those after them.
    /// </summary>
    private static bool GluedAcrossFootnote(string surface, string name)
    {
        if (!FootnoteLine().IsMatch(surface)) return false;
        var folded = Fold(surface);
        for (var k = 1; k < name.Length; k++)
            if (folded.StartsWith(Fold(name[..k]), StringComparison.Ordinal) && folded.EndsWith(Fold(name[k..]), StringComparison.Ordinal))
                return true;
        return false;
    }

    [GeneratedRegex(@"(^|\n)\s*(\[\d+\]|[\u2460-\u2473])")]
    private static partial Regex FootnoteLine();

    private static string Fold(string s) =>
        ExtractionLexicons.Default.Key.Of(string.Concat(System.Net.WebUtility.HtmlDecode(Removed().Replace(s, "")).Where(c => !char.IsWhiteSpace(c))));

    [GeneratedRegex(@"<(script|style|noscript)\b[^>]*>.*?</\1\s*>|<!--.*?-->|<[^>]*>|\[\d+\]|[\u2460-\u2473]", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Removed();

    private static string Fingerprint(AnalyzedDocument d) => string.Join("\n",
        d.Sentences.Select(s => $"S{s.Index}:{s.Original.Start}-{s.Original.End}")
            .Concat(d.Mentions.Select(m => $"M{m.Id}:{m.Original.Start}-{m.Original.End}:{m.Text}:{m.Actor?.Key}"))
            .Concat(d.Claims.Select(c => $"C:{c.Subject}:{c.Predicate}:{c.Object}:{c.Negated}:{c.Modality}:{c.Provenance.Source}"))
            .Concat(d.Links.Select(l => $"L:{l.Kind}:{l.FromSentence}:{l.ToSentence}")));
}
