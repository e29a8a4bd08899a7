using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Pipeline;

namespace ClaimGraph.Extraction.Recognize;

/// <summary>
/// Stage 3: runs every recognizer over each sentence, composes larger names, lets the filter decide on
/// pattern-only names, drops a pattern name that is a known person's name with stray characters glued on (拜登提)
/// and names inside a place named after a state (朝鲜半岛), and keeps the longest non-overlapping ones as mentions.
/// </summary>
public sealed class EntityRecognitionStage(
    IReadOnlyList<IEntityRecognizer> recognizers,
    IReadOnlyList<ICandidateComposer> composers,
    ICandidateFilter filter,
    OvergrownNameFilter overgrown,
    EmbeddedNameMask? embedded = null) : IDocumentStage
{
    private readonly CandidateSelector _selector = new();

    public string Name => "recognize";
    public Facet Requires => Facet.Sentences;
    public Facet Produces => Facet.Mentions;

    public AnalyzedDocument Process(AnalyzedDocument document, CancellationToken cancellationToken)
    {
        var normalized = document.RequireNormalized();
        var mentions = new List<Mention>();
        foreach (var sentence in document.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var view = new SentenceView(normalized.Text, normalized.Key, sentence.Local);
            foreach (var candidate in Candidates(view))
            {
                var text = view.Surface(candidate.Local);
                mentions.Add(new Mention(mentions.Count, sentence.Index, text, candidate.Type, candidate.Local,
                    normalized.ToOriginal(candidate.Local), candidate.Provenance)
                {
                    Actor = candidate.Entry?.ToActor(),
                });
            }
        }
        return document with { Mentions = mentions };
    }

    public IReadOnlyList<EntityCandidate> Candidates(SentenceView view)
    {
        var found = recognizers.SelectMany(r => r.Recognize(view)).ToList();
        foreach (var composer in composers)
            found.AddRange(composer.Compose(view, found).ToList());
        var decided = found
            .Select(c => c.IsPatternOnly ? filter.Decide(view, c) : c)
            .OfType<EntityCandidate>()
            .ToList();
        var trimmed = overgrown.Without(view, decided);
        return _selector.Select(embedded?.Without(view, trimmed) ?? trimmed);
    }
}
