using ClaimGraph.Core.Documents;

namespace ClaimGraph.Extraction.Claims;

/// <summary>Relations that hold among coordinated subjects when they name no counterpart (中、美两国…竞争).</summary>
public static class Reciprocals
{
    /// <summary>
    /// The coordinated subjects of a relation that names no counterpart (中、美两国…竞争, 美、日、印、澳加强合作): the
    /// relation holds between them, and the first named is the subject; null otherwise.
    /// </summary>
    public static List<Mention>? Find(Predicate predicate, List<Mention?> objects, Mention subject, List<Mention> coSubjects)
    {
        if (objects.Count > 0 || coSubjects.Count == 0) return null;
        if (predicate is not (Predicate.Cooperates or Predicate.Competes or Predicate.Confronts or Predicate.Engages)) return null;
        return coSubjects.Append(subject).OrderBy(m => m.Local.Start).ToList();
    }
}
