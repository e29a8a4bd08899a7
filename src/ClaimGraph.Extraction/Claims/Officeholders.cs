using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Extraction.Claims;

/// <summary>
/// The person a state or organization and a title introduce (中国国家主席习近平, 法国总统马克龙): the one who acts or is
/// met in the pairings, and the extent the model sees for a person's name.
/// </summary>
public sealed class Officeholders(AttributiveNames attributive, WordList titles)
{
    /// <summary>
    /// The person a state and a title introduce (与哈萨克斯坦总统托卡耶夫会谈: the president meets, not the state),
    /// else the name itself.
    /// </summary>
    public Mention Of(string key, IReadOnlyList<Mention> mentions, Mention name)
    {
        if (name.Type is not (EntityType.Country or EntityType.Organization)) return name;
        var next = mentions.FirstOrDefault(m => m.Local.Start >= name.Local.End);
        return next is not null && attributive.IntroducesOfficeholder(key, name, next) ? next : name;
    }

    /// <summary>
    /// The officeholder a state and a title introduce before the cue, else the name itself: in 法国总统会见国家主席习近平
    /// the person after the cue is whom the state's president meets, not the president.
    /// </summary>
    public Mention Before(string key, IReadOnlyList<Mention> mentions, Mention name, Span cue) =>
        name.Local.End <= cue.Start && Of(key, mentions, name) is { } holder && holder.Local.End <= cue.Start ? holder : name;

    /// <summary>
    /// A person's name with the title before it and the state or organization before that (中国国家主席习近平,
    /// 外交部长王毅, 欧盟委员会主席冯德莱恩); any other name is itself.
    /// </summary>
    public Span Extent(string key, IReadOnlyList<Mention> mentions, Mention name)
    {
        if (name.Type != EntityType.Person) return name.Local;
        // The state or organization the pairing rules read as introducing the officeholder, through chained titles too
        // (美国总统国家安全顾问沙利文), so the model sees the same party the rules chose.
        var at = Coordination.IndexOf(mentions, name);
        if (at > 0 && attributive.IntroducesOfficeholder(key, mentions[at - 1], name)) return new Span(mentions[at - 1].Local.Start, name.Local.End);
        var title = titles.StartOfWordEndingAt(key, name.Local.Start, name.Local.Start - MaxTitleLength);
        return title < 0 ? name.Local : new Span(title, name.Local.End);
    }

    private const int MaxTitleLength = AttributiveNames.MaxTitleLength;
}
