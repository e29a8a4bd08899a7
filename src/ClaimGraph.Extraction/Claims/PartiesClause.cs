using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// Where a cue's subject and marked partner are read: its clause, or with the clause before it when a comma parts the
/// parties from where or when they act (习近平与印度总理莫迪，于天津举行会晤).
/// </summary>
public sealed class PartiesClause(ClaimCues cues)
{
    private readonly WordList _venueOpeners = new(cues.VenueOpeners);

    /// <summary>
    /// The cue's clause, or that clause joined to the one before when this one opens with a venue or time word and the
    /// one before has no cue and ends in a name right before its comma: that clause names who acts and with whom.
    /// </summary>
    public Span Clause(string key, Sentence sentence, Span clause, IReadOnlyList<Mention> mentions, IReadOnlyList<CueMatch> cueMatches)
    {
        var index = sentence.IndexOfClause(clause);
        if (index <= 0 || !_venueOpeners.StartsAt(key, clause.Start, clause.End)) return clause;
        var previous = sentence.Clauses[index - 1];
        if (key[previous.End - 1] is not ('，' or ',') || !mentions.Any(m => m.Local.End == previous.End - 1)) return clause;
        return cueMatches.Any(c => previous.Contains(c.Span.Start)) ? clause : new Span(previous.Start, clause.End);
    }
}
