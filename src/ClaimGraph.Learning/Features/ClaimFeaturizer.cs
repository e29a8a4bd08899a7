using System.Text;
using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Claims;

namespace ClaimGraph.Learning.Features;

/// <summary>
/// Turns a candidate into features that do not depend on which names it holds: names become role and type
/// marks, so a pattern learned on 美国…遏制…中国 applies to 日本…遏制…朝鲜.
/// </summary>
public static class ClaimFeaturizer
{
    private const int MaxWindow = 80;

    public static ClaimExample Featurize(ClaimCandidate c)
    {
        var text = c.DocumentText;
        // A name with the state and title that introduce it (法国总统马克龙) is one party: the text is read around the whole.
        var (subject, obj) = (c.SubjectExtent, c.ObjectExtent);
        var start = Math.Min(subject.Start, Math.Min(c.Cue.Start, c.Object is null ? int.MaxValue : obj.Start));
        var end = Math.Max(c.Subject.Local.End, Math.Max(c.Cue.End, c.Object?.Local.End ?? 0));
        var topic = FirstActor(c.SentenceMentions);
        var numbers = new float[NumericFeature.Count];
        numbers[NumericFeature.SubjectGap] = Bucket(c.Cue.Start - c.Subject.Local.End);
        numbers[NumericFeature.ObjectGap] = c.Object is not null ? Bucket(obj.Start >= c.Cue.End ? obj.Start - c.Cue.End : c.Cue.Start - obj.End) : -1;
        numbers[NumericFeature.IsPrimary] = c.IsPrimary ? 1 : 0;
        numbers[NumericFeature.ObjectMarked] = c.Object is { } ob && ob.Local.End <= c.Cue.Start ? 1 : 0;
        numbers[NumericFeature.SubjectIsTopic] = c.Subject == topic ? 1 : 0;
        numbers[NumericFeature.SubjectIsSpeaker] = c.Source == c.Subject ? 1 : 0;
        numbers[NumericFeature.Negated] = c.Negated ? 1 : 0;
        numbers[NumericFeature.SubjectInClause] = c.Clause.Contains(c.Subject.Local.Start) ? 1 : 0;
        numbers[NumericFeature.MentionCount] = Math.Min(10, c.SentenceMentions.Count);
        numbers[NumericFeature.Modal] = (float)c.Modality;
        numbers[NumericFeature.ActorsBeforeCue] = Math.Min(5, ActorsBetween(c, c.Subject.Local.End, c.Cue.Start));
        numbers[NumericFeature.ActorsBeforeObject] = c.Object is not null
            ? Math.Min(5, obj.Start >= c.Cue.End ? ActorsBetween(c, c.Cue.End, obj.Start) : ActorsBetween(c, obj.End, c.Cue.Start))
            : -1;
        numbers[NumericFeature.SubjectPossessive] = IsFollowedBy(text, c.Subject, '的') ? 1 : 0;
        numbers[NumericFeature.ObjectPossessive] = c.Object is { } possessor && IsFollowedBy(text, possessor, '的') ? 1 : 0;
        numbers[NumericFeature.SubjectMarked] = subject.Start > 0 && "对与同和向跟把将从在".Contains(text[subject.Start - 1]) ? 1 : 0;
        numbers[NumericFeature.SubjectClauses] = Math.Min(5, ClausesBetween(c, c.Subject.Local.Start, c.Cue.Start));
        numbers[NumericFeature.ObjectClauses] = c.Object is { } far ? Math.Min(5, ClausesBetween(c, far.Local.Start, c.Cue.Start)) : -1;
        var inOrder = InOrder(c.SentenceMentions);
        return new ClaimExample
        {
            Window = Rewrite(text, new Span(start, Math.Min(end, start + MaxWindow)), c, inOrder),
            Clause = Rewrite(text, c.Clause, c, inOrder),
            Left = Rewrite(text, Ordered(c.Subject.Local.End, c.Cue.Start), c, inOrder),
            Right = c.Object is not null ? Rewrite(text, Ordered(c.Cue.End, obj.Start >= c.Cue.End ? obj.Start : obj.End), c, inOrder) : "",
            ObjectMarker = c.Object is not null && obj.Start > 0 ? text[obj.Start - 1].ToString() : "NONE",
            Cue = c.CueWord,
            CuePredicate = ContractNames.Of(c.CuePredicate),
            SubjectType = ContractNames.Of(c.Subject.Type),
            ObjectType = c.Object is null ? "NONE" : ContractNames.Of(c.Object.Type),
            Shape = Shape(c),
            Numbers = numbers,
        };
    }

    // Loops rather than LINQ here and below: this runs for every candidate, dozens per sentence.
    private static Mention? FirstActor(IReadOnlyList<Mention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Type != EntityType.Policy) return mentions[i];
        return null;
    }

    private static int ActorsBetween(ClaimCandidate c, int from, int to)
    {
        var count = 0;
        var mentions = c.SentenceMentions;
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Type != EntityType.Policy && mentions[i].Local.Start >= from && mentions[i].Local.End <= to) count++;
        return count;
    }

    private static bool IsFollowedBy(string text, Mention m, char next) => m.Local.End < text.Length && text[m.Local.End] == next;

    /// <summary>How many clause boundaries lie between two positions of the sentence.</summary>
    private static int ClausesBetween(ClaimCandidate c, int a, int b)
    {
        var (from, to) = a <= b ? (a, b) : (b, a);
        var count = 0;
        var clauses = c.Sentence.Clauses;
        for (var i = 0; i < clauses.Count; i++)
            if (clauses[i].Start > from && clauses[i].Start <= to) count++;
        return count;
    }

    private static Span Ordered(int a, int b) => a <= b ? new Span(a, Math.Min(b, a + MaxWindow)) : new Span(b, Math.Min(a, b + MaxWindow));

    /// <summary>S, C and O in order of position (a stable sort: ties keep S, C, O order), joined with '·'.</summary>
    private static string Shape(ClaimCandidate c)
    {
        Span<(int At, char Part)> parts = [(c.Subject.Local.Start, 'S'), (c.Cue.Start, 'C'), (c.Object?.Local.Start ?? 0, 'O')];
        var count = c.Object is null ? 2 : 3;
        for (var i = 1; i < count; i++)
            for (var j = i; j > 0 && parts[j].At < parts[j - 1].At; j--)
                (parts[j], parts[j - 1]) = (parts[j - 1], parts[j]);
        Span<char> text = stackalloc char[5];
        var length = 0;
        for (var i = 0; i < count; i++)
        {
            if (i > 0) text[length++] = '·';
            text[length++] = parts[i].Part;
        }
        return new string(text[..length]);
    }

    /// <summary>The text of a span with the subject as Ⓢ, the object as Ⓞ and other names as a mark of their type.</summary>
    private static string Rewrite(string text, Span span, ClaimCandidate c, IReadOnlyList<Mention> mentions)
    {
        var builder = t_builder ??= new StringBuilder();
        builder.Clear();
        var at = span.Start;
        // Sorted by start: the names before the span are skipped by halving, and none after its end can fit in it.
        for (var i = FirstStartingAtOrAfter(mentions, span.Start); i < mentions.Count && mentions[i].Local.Start <= span.End; i++)
        {
            var m = mentions[i];
            if (m.Local.End > span.End || m.Local.Start < at) continue;
            // The state before an introduced subject or object is part of its mark (法国总统马克龙 → Ⓞ).
            if (m != c.Subject && m != c.Object && (Inside(m, c.SubjectExtent) || c.Object is not null && Inside(m, c.ObjectExtent))) continue;
            var from = m == c.Subject ? Math.Max(at, c.SubjectExtent.Start) : m == c.Object ? Math.Max(at, c.ObjectExtent.Start) : m.Local.Start;
            builder.Append(text, at, from - at);
            builder.Append(m == c.Subject ? 'Ⓢ' : m == c.Object ? 'Ⓞ' : TypeMark(m.Type));
            at = m.Local.End;
        }
        if (span.End > at) builder.Append(text, at, span.End - at);
        return builder.ToString();
    }

    private static bool Inside(Mention m, Span extent) => m.Local.Start >= extent.Start && m.Local.End <= extent.End;

    /// <summary>The index of the first mention (sorted by start) that starts at or after <paramref name="position"/>.</summary>
    private static int FirstStartingAtOrAfter(IReadOnlyList<Mention> mentions, int position)
    {
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (mentions[middle].Local.Start < position) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>The mentions by start (stable); the claims stage hands them sorted already, so usually as they are.</summary>
    private static IReadOnlyList<Mention> InOrder(IReadOnlyList<Mention> mentions)
    {
        for (var i = 1; i < mentions.Count; i++)
            if (mentions[i].Local.Start < mentions[i - 1].Local.Start) return mentions.OrderBy(m => m.Local.Start).ToList();
        return mentions;
    }

    private static char TypeMark(EntityType type) => type switch
    {
        EntityType.Country => 'Ⓒ',
        EntityType.Person => 'Ⓟ',
        EntityType.Administration => 'Ⓐ',
        EntityType.Organization => 'Ⓡ',
        _ => 'Ⓛ',
    };

    private static float Bucket(int gap) => gap switch { <= 0 => 0, <= 2 => 1, <= 6 => 2, <= 15 => 3, <= 30 => 4, _ => 5 };
}
