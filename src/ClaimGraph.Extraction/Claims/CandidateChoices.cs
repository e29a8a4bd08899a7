using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// The subjects and objects a cue offers the claim model besides the rules' own: the actors around it, nearest first,
/// each with the names coordinated with it, at most <see cref="ClaimCandidateGenerator.MaxChoices"/> of each.
/// </summary>
public sealed class CandidateChoices(Coordination coordination)
{
    /// <summary>
    /// The rules' subject, the sentence's topic, the nearest actor, the actors of the cue's clause and of the clause
    /// before it (俄罗斯…，驱逐… continues its subject), and the speaker: the model weighs them.
    /// </summary>
    public static IEnumerable<Mention> SubjectChoices(IReadOnlyList<Mention> mentions, Mention primary, Mention? speaker, Span cue, Span clause, Span previous) =>
        Choices(mentions, primary, speaker, cue, clause, previous).Distinct();

    /// <summary>
    /// The choices in order, produced lazily (the caller stops at <see cref="ClaimCandidateGenerator.MaxChoices"/>), the actors before the cue walked
    /// by index rather than copied out: a sentence may hold hundreds of names and cues. The speaker comes fourth, or
    /// second when no actor stands before the cue.
    /// </summary>
    private static IEnumerable<Mention> Choices(IReadOnlyList<Mention> mentions, Mention primary, Mention? speaker, Span cue, Span clause, Span previous)
    {
        bool Before(Mention m) => m.Type != EntityType.Policy && m.Local.End <= cue.Start;
        var first = -1;
        var last = -1;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (!Before(mentions[i])) continue;
            if (first < 0) first = i;
            last = i;
        }
        yield return primary;
        if (first >= 0)
        {
            yield return mentions[first];
            yield return mentions[last];
        }
        if (speaker is not null) yield return speaker;
        for (var i = last; i >= 0; i--)
            if (Before(mentions[i]) && mentions[i].Local.Start >= clause.Start) yield return mentions[i];
        for (var i = last; i >= 0; i--)
            if (Before(mentions[i]) && mentions[i].Local.Start >= previous.Start && mentions[i].Local.End <= previous.End) yield return mentions[i];
    }

    /// <summary>
    /// Each choice followed by the names coordinated with it (美国、欧盟和日本…向中国施压: all three press China),
    /// up to <see cref="ClaimCandidateGenerator.MaxChoices"/>.
    /// </summary>
    public List<Mention> WithCoordinated(string key, IReadOnlyList<Mention> mentions, IEnumerable<Mention> choices, int before)
    {
        var result = new List<Mention>(ClaimCandidateGenerator.MaxChoices);
        foreach (var choice in choices)
        {
            // Once full, later choices can add nothing.
            if (result.Count == ClaimCandidateGenerator.MaxChoices) break;
            Add(choice);
            foreach (var partner in CoSubjectsOf(key, mentions, choice, before)) Add(partner);
        }
        return result;

        void Add(Mention m)
        {
            if (result.Count < ClaimCandidateGenerator.MaxChoices && !result.Contains(m)) result.Add(m);
        }
    }

    /// <summary>The actors coordinated with a subject that stand before the limit (the object or the cue).</summary>
    public List<Mention> CoSubjectsOf(string key, IReadOnlyList<Mention> mentions, Mention subject, int limit) =>
        CoSubjects(coordination.Of(key, mentions, subject), limit);

    public static List<Mention> CoSubjects(IEnumerable<Mention> partners, int limit) =>
        partners.Where(m => m.Local.End <= limit && m.Type != EntityType.Policy).ToList();

    /// <summary>The rules' objects, every other name from the clause before the cue's to the clause after it, and no object.</summary>
    public static IEnumerable<Mention?> ObjectChoices(List<Mention?> primary, Mention subject, List<Mention> nearby)
    {
        // At most MaxChoices names: a short list says what was offered, with the names' own equality as a set would.
        var seen = new List<Mention>(ClaimCandidateGenerator.MaxChoices);
        foreach (var o in primary.OfType<Mention>()) if (seen.Count < ClaimCandidateGenerator.MaxChoices && !seen.Contains(o)) { seen.Add(o); yield return o; }
        foreach (var m in nearby)
            if (seen.Count < ClaimCandidateGenerator.MaxChoices && m != subject && !seen.Contains(m)) { seen.Add(m); yield return m; }
        yield return null;
    }

    /// <summary>
    /// The names of the window nearest to the cue first, then by start, ties in the sentence's order (so a cap drops the
    /// farthest), sorted once per cue for all its subjects; sorted in place on keys, as LINQ's stable sort would order them.
    /// </summary>
    public static List<Mention> Nearby(IReadOnlyList<Mention> mentions, Span cue, Span window)
    {
        var keys = new List<(int Distance, int Start, int Index)>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Local.Start >= window.Start && m.Local.End <= window.End) keys.Add((Math.Abs(m.Local.Start - cue.Start), m.Local.Start, i));
        }
        keys.Sort();
        var nearby = new List<Mention>(keys.Count);
        foreach (var key in keys) nearby.Add(mentions[key.Index]);
        return nearby;
    }

    /// <summary>The clause before the cue's, or an empty span at the sentence start.</summary>
    public static Span Previous(Sentence sentence, int index) =>
        index > 0 ? sentence.Clauses[index - 1] : new Span(sentence.Local.Start, sentence.Local.Start);

    /// <summary>The cue's clause with its neighbours: objects often sit in the clause before (从X…退群) or after.</summary>
    public static Span Neighbourhood(Sentence sentence, Span clause, int index)
    {
        if (index < 0) return clause;
        var first = sentence.Clauses[Math.Max(0, index - 1)];
        var last = sentence.Clauses[Math.Min(sentence.Clauses.Count - 1, index + 1)];
        return new Span(first.Start, last.End);
    }
}
