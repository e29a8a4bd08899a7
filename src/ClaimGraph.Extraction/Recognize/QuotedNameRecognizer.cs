using System.Text.RegularExpressions;
using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// Names in 《…》 and “…”: a book title ending like a policy document (《美国国家安全战略报告》) is a policy,
/// one followed by 杂志/网站 a media outlet; a quoted name followed by 战略/政策/倡议/协定 is a policy, by 机制 an
/// organization, and so is one that ends like a treaty's own name (“全面战略伙伴关系条约”). The surface leaves the quotes out.
/// </summary>
public sealed partial class QuotedNameRecognizer(NamePatterns patterns) : IEntityRecognizer
{
    public IEnumerable<EntityCandidate> Recognize(SentenceView sentence)
    {
        var window = sentence.KeyOf(sentence.Span);
        foreach (Match m in Quoted().Matches(window))
        {
            var name = m.Groups["name"];
            var span = new Span(sentence.Span.Start + name.Index, sentence.Span.Start + name.Index + name.Length);
            var after = sentence.Span.Start + m.Index + m.Length;
            var type = m.Value[0] == '《' ? TitleType(sentence, name.Value, after) : QuoteType(sentence, name.Value, after);
            if (type is { } t)
                yield return new EntityCandidate(span, t, Provenance.Rule(m.Value[0] == '《' ? "book-title" : "quoted-name", 0.8));
        }
    }

    private EntityType? TitleType(SentenceView sentence, string name, int after)
    {
        if (sentence.FollowedByAny(after, patterns.MediaSuffixes)) return EntityType.Organization;
        return patterns.PolicySuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.Ordinal)) ? EntityType.Policy : null;
    }

    private EntityType? QuoteType(SentenceView sentence, string name, int after)
    {
        if (sentence.FollowedByAny(after, patterns.MechanismSuffixes)) return EntityType.Organization;
        if (patterns.TreatySuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.Ordinal))) return EntityType.Policy;
        return sentence.FollowedByAny(after, patterns.PolicySuffixes) ? EntityType.Policy : null;
    }

    [GeneratedRegex(@"《(?<name>[^《》\n]{2,40})》|“(?<name>[^“”\n]{2,20})”")]
    private static partial Regex Quoted();
}
