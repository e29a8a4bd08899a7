using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Claims;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Arguments;

/// <summary>
/// Stage 5: links units of argument within a document. A premise opened by 由于/因为/鉴于 SUPPORTS the
/// conclusion that follows (inside the sentence, else the next sentence); a unit opened by 因此/所以 is
/// SUPPORTED by the one before; 尽管/虽然 … 但 and 但/然而 make CONTRASTS; 具体而言/例如/首先 ELABORATES.
/// </summary>
public sealed class ArgumentLinker(ArgumentCues cues) : IDocumentStage
{
    private readonly WordList _premise = new(cues.Premise);
    private readonly WordList _conclusion = new(cues.Conclusion);
    private readonly WordList _concession = new(cues.Concession);
    private readonly WordList _contrast = new(cues.Contrast);
    private readonly WordList _elaboration = new(cues.Elaboration);

    public string Name => "arguments";
    public Facet Requires => Facet.Sentences;
    public Facet Produces => Facet.Links;

    public AnalyzedDocument Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        var key = document.RequireNormalized().Key;
        var links = new List<ArgumentLink>();
        var sentences = document.Sentences;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            var previous = s > 0 ? sentences[s - 1] : null;
            var next = s + 1 < sentences.Count ? sentences[s + 1] : null;
            var clauses = sentence.Clauses;
            for (var c = 0; c < clauses.Count; c++)
            {
                var clause = clauses[c];
                if (Opens(_premise, key, clause) is { } premise)
                {
                    var conclusion = FirstLater(clauses, c, key, _conclusion) ?? (c + 1 < clauses.Count ? clauses[^1] : null);
                    if (conclusion is { } to) links.Add(Link(LinkKind.Supports, sentence, Rest(clauses, c, to), sentence, to, premise));
                    else if (next is not null) links.Add(Link(LinkKind.Supports, sentence, sentence.Local, next, next.Local, premise));
                }
                else if (Opens(_conclusion, key, clause) is { } conclusionCue && !HasEarlier(clauses, c, key, _premise))
                {
                    if (c > 0) links.Add(Link(LinkKind.Supports, sentence, new Span(sentence.Local.Start, clauses[c - 1].End), sentence, Tail(clauses, c, sentence), conclusionCue));
                    else if (previous is not null) links.Add(Link(LinkKind.Supports, previous, previous.Local, sentence, sentence.Local, conclusionCue));
                }
                else if (Opens(_concession, key, clause) is { } concession)
                {
                    var turn = FirstLater(clauses, c, key, _contrast);
                    if (turn is { } t) links.Add(Link(LinkKind.Contrasts, sentence, Rest(clauses, c, t), sentence, Tail(clauses, clauses.ToList().IndexOf(t), sentence), concession));
                }
                else if (Opens(_contrast, key, clause) is { } contrast && !HasEarlier(clauses, c, key, _concession))
                {
                    if (c > 0) links.Add(Link(LinkKind.Contrasts, sentence, new Span(sentence.Local.Start, clauses[c - 1].End), sentence, Tail(clauses, c, sentence), contrast));
                    else if (previous is not null) links.Add(Link(LinkKind.Contrasts, previous, previous.Local, sentence, sentence.Local, contrast));
                }
                else if (c == 0 && Opens(_elaboration, key, clause) is { } elaboration && previous is not null)
                {
                    links.Add(Link(LinkKind.Elaborates, previous, previous.Local, sentence, sentence.Local, elaboration));
                }
            }
        }
        return document with { Links = links };
    }

    private static string? Opens(WordList words, string key, Span clause)
    {
        var start = clause.Start;
        while (start < clause.End && (char.IsWhiteSpace(key[start]) || "“‘（(".Contains(key[start]))) start++;
        // A leading 而且/同时 may stand before the connective (而且由于 …).
        return words.FindAll(key, start, Math.Min(clause.End, start + 8)).Where(s => s.Start <= start + 2).Select(s => key[s.Start..s.End]).FirstOrDefault();
    }

    private static Span? FirstLater(IReadOnlyList<Span> clauses, int from, string key, WordList words)
    {
        for (var i = from + 1; i < clauses.Count; i++)
            if (Opens(words, key, clauses[i]) is not null) return clauses[i];
        return null;
    }

    private static bool HasEarlier(IReadOnlyList<Span> clauses, int upTo, string key, WordList words) =>
        clauses.Take(upTo).Any(c => Opens(words, key, c) is not null);

    /// <summary>From clause <paramref name="from"/> up to the clause before <paramref name="stop"/>.</summary>
    private static Span Rest(IReadOnlyList<Span> clauses, int from, Span stop) => new(clauses[from].Start, Math.Max(clauses[from].End, stop.Start));

    private static Span Tail(IReadOnlyList<Span> clauses, int from, Sentence sentence) => new(clauses[from].Start, sentence.Local.End);

    private static ArgumentLink Link(LinkKind kind, Sentence from, Span fromSpan, Sentence to, Span toSpan, string cue) =>
        new(kind, from.Index, fromSpan, to.Index, toSpan, cue, Provenance.Rule($"connective:{cue}", 0.7));
}
