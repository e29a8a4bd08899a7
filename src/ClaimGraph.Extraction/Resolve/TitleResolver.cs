using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Resolve;

/// <summary>
/// Reads office titles as people: 美国总统 in a sentence about 2019 is 特朗普, in one about 2022 拜登. The time is
/// what the sentence says around the title (read against the document date), else the document date. A person
/// named right after the title (国务卿布林肯) is checked against the holder. Mentions are left as they are.
/// </summary>
public sealed class TitleResolver(Offices offices, Gazetteer gazetteer) : IDocumentStage
{
    public string Name => "titles";
    public Facet Requires => Facet.Actors;
    public Facet Produces => Facet.None;

    public AnalyzedDocument Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        var key = document.RequireNormalized().Key;
        var documentDate = document.Date?.Value;
        var references = new List<TitleReference>();
        foreach (var sentence in document.Sentences)
        {
            var (start, end) = (sentence.Local.Start, sentence.Local.End);
            for (var i = start; i < end; i++)
            {
                var length = offices.Titles.LongestAt(key, i, end);
                if (length == 0) continue;
                var span = new Span(i, i + length);
                var office = offices.ByTitle(key[span.Start..span.End])!;
                if (OtherStateBefore(key, start, i, office)) { i = span.End - 1; continue; }
                var at = ClaimTimeFinder.Find(key, sentence.Local, span.Start, documentDate)?.Date ?? documentDate;
                var holder = at is null ? null : office.HolderAt(at) is { } term ? HolderActor(term) : null;
                references.Add(new TitleReference(sentence.Index, span, document.RequireNormalized().Text[span.Start..span.End], office.Id, at, holder, NamedAfter(document, span)));
                i = span.End - 1;
            }
        }
        return document with { Titles = references };
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

    /// <summary>The person mention that starts right after the title (国务卿布林肯) or spans title and name.</summary>
    private static ActorRef? NamedAfter(AnalyzedDocument document, Span title) =>
        document.Mentions.FirstOrDefault(m => m.Type == EntityType.Person && m.Actor is not null
            && (m.Local.Start == title.End || (m.Local.Contains(title) && m.Local.End > title.End)))?.Actor;
}
