using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Resolve;

/// <summary>
/// Reads office titles as people: 美国总统 in a sentence about 2019 is 特朗普, in one about 2022 拜登. The time is
/// what the sentence says around the title (read against the document date), else the document date. A person
/// named right after the title (国务卿布林肯) is checked against the holder. 前国务卿 is the holder before the one in
/// office then, and a name after it is checked against every earlier holder; 时任国务卿 is read at the sentence's
/// time only. Mentions are left as they are.
/// </summary>
public sealed class TitleResolver(Offices offices, Gazetteer gazetteer) : IDocumentStage
{
    private readonly TenureTimeReader _tenures = new(offices);

    public string Name => "titles";
    public Facet Requires => Facet.Actors;
    public Facet Produces => Facet.None;

    public AnalyzedDocument Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        var key = document.RequireNormalized().Key;
        var references = new List<TitleReference>();
        foreach (var sentence in document.Sentences)
        {
            var (start, end) = (sentence.Local.Start, sentence.Local.End);
            IReadOnlyList<TenureTime>? times = null;
            for (var i = start; i < end; i++)
            {
                if ((Find(key, start, i, end) ?? FindGeneric(document, key, start, i, end)) is not var (office, length, former)) continue;
                var span = new Span(i, i + length);
                i = span.End - 1;
                if (OtherStateBefore(key, start, span.Start, office)) continue;
                var reading = new TitleReading(office, former, TitleReading.SaysThen(key, start, span.Start));
                times ??= _tenures.Read(document, sentence);
                var sentenceTime = ClaimTimeFinder.Find(key, sentence.Local, span.Start, document.Date?.Value, times)?.Date;
                var at = reading.Then ? sentenceTime : sentenceTime ?? document.Date?.Value;
                var named = NamedAfter(document, span, office.HolderType);
                var holder = reading.HolderFor(at, named?.Name) is { } term ? HolderActor(term) : null;
                references.Add(new TitleReference(sentence.Index, span, document.RequireNormalized().Text[span.Start..span.End], office.Id, at, holder, named));
            }
        }
        return document with { Titles = references };
    }

    /// <summary>The longest title at <paramref name="at"/>: a former one (前国务卿, 美国前总统) before a plain one.</summary>
    private (Office Office, int Length, bool Former)? Find(string key, int sentenceStart, int at, int end)
    {
        var former = offices.FormerTitleNames.LongestAt(key, at, end);
        if (former > 0 && !TitleReading.QianEndsAWord(key, sentenceStart, at))
            return (offices.ByFormerTitle(key[at..(at + former)])!, former, true);
        var length = offices.Titles.LongestAt(key, at, end);
        return length == 0 ? null : (offices.ByTitle(key[at..(at + length)])!, length, false);
    }

    /// <summary>前总统特朗普, 前外长康京和: a former title without its state is the office the person named after it held.</summary>
    private (Office Office, int Length, bool Former)? FindGeneric(AnalyzedDocument document, string key, int sentenceStart, int at, int end)
    {
        var length = offices.GenericFormerTitleNames.LongestAt(key, at, end);
        if (length == 0 || TitleReading.QianEndsAWord(key, sentenceStart, at)) return null;
        if (NamedAfter(document, new Span(at, at + length), EntityType.Person) is not { } named) return null;
        var held = offices.ByGenericFormerTitle(key[at..(at + length)]).Where(o => o.Terms.Any(t => t.Holder == named.Name)).ToList();
        return held.Count == 1 ? (held[0], length, true) : null;
    }

    /// <summary>The holder's node, with the QID the office data gives when the gazetteer has none.</summary>
    private ActorRef? HolderActor(OfficeTerm term) =>
        gazetteer.ByName(term.Holder)?.ToActor() is { } actor ? actor with { Qid = actor.Qid ?? term.Qid } : null;

    /// <summary>越南国家主席: a bare title (国家主席, 国务卿) right after another state's name is that state's office, not this one.</summary>
    private bool OtherStateBefore(string key, int sentenceStart, int at, Office office)
    {
        for (var from = Math.Max(sentenceStart, at - MaxStateName); from < at; from++)
        {
            var name = key[from..at];
            var state = gazetteer.ByName(name) ?? gazetteer.ByShort(name);
            if (state is { Type: EntityType.Country } && state.Name != office.Of) return true;
        }
        return false;
    }

    private const int MaxStateName = 6;

    /// <summary>The holder mention that starts right after the title (国务卿布林肯, 东盟轮值主席国越南) or spans title and name.</summary>
    private static ActorRef? NamedAfter(AnalyzedDocument document, Span title, EntityType holderType) =>
        document.Mentions.FirstOrDefault(m => m.Type == holderType && m.Actor is not null
            && (m.Local.Start == title.End || (m.Local.Contains(title) && m.Local.End > title.End)))?.Actor;
}
