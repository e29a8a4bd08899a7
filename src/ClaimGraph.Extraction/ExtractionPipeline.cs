using ClaimGraph.Core.Pipeline;
using ClaimGraph.Extraction.Arguments;
using ClaimGraph.Extraction.Claims;
using ClaimGraph.Extraction.Metadata;
using ClaimGraph.Extraction.Metadata.Dates;
using ClaimGraph.Extraction.Normalize;
using ClaimGraph.Extraction.Recognize;
using ClaimGraph.Extraction.Resolve;
using ClaimGraph.Extraction.Segment;

namespace ClaimGraph.Extraction;

/// <summary>The ordered stages of extraction, written out in one place.</summary>
public static class ExtractionPipeline
{
    /// <summary>Whole documents: normalize → segment → metadata → date → recognize → resolve → titles → claims → weigh → time → arguments.</summary>
    public static DocumentPipeline ForDocuments(ExtractionLexicons lexicons, IClaimDecider? decider = null, ICandidateFilter? filter = null)
    {
        var clauses = new ClauseSegmenter();
        return new DocumentPipeline(
        [
            new TextNormalizer(lexicons.Key),
            new SentenceSegmenter(clauses, lexicons.NamePatterns.TransliterationChars),
            new DocumentMetadataReader(new AuthorLineParser(lexicons.NamePatterns.AuthorRoles)),
            new DocumentDateStage(new DocumentDateReader()),
            .. Shared(lexicons, decider, filter),
        ]);
    }

    /// <summary>Pre-split text (extract --sentences, eval): the input is one sentence, kept verbatim.</summary>
    public static DocumentPipeline ForSentence(ExtractionLexicons lexicons, IClaimDecider? decider = null, ICandidateFilter? filter = null) =>
        new(
        [
            new VerbatimNormalizer(lexicons.Key),
            new WholeTextSegmenter(new ClauseSegmenter()),
            .. Shared(lexicons, decider, filter),
        ]);

    private static IEnumerable<IDocumentStage> Shared(ExtractionLexicons lexicons, IClaimDecider? decider, ICandidateFilter? filter)
    {
        yield return Recognizer(lexicons, filter ?? new KeepAllCandidates());
        yield return new ActorResolver(lexicons.Gazetteer, lexicons.Key);
        yield return new TitleResolver(lexicons.Offices, lexicons.Gazetteer);
        yield return new ClaimExtractionStage(new ClaimCandidateGenerator(lexicons.ClaimCues, lexicons.NamePatterns.Titles), decider ?? new CuePredicateDecider());
        yield return new ClaimWeigher(lexicons.RelationWeights);
        yield return new ClaimTimer(lexicons.Offices);
        yield return new ArgumentLinker(lexicons.ArgumentCues);
    }

    public static EntityRecognitionStage Recognizer(ExtractionLexicons lexicons, ICandidateFilter filter)
    {
        var g = lexicons.Gazetteer;
        var p = lexicons.NamePatterns;
        var places = new PlaceContext(p);
        var embedded = new EmbeddedNameMask(p);
        return new EntityRecognitionStage(
            [
                new GazetteerRecognizer(g, p, places, embedded),
                new ShortFormRecognizer(g, p),
                new MetonymRecognizer(g, places),
                new TransliteratedNameRecognizer(p),
                new TitledNameRecognizer(p, g),
                new ParentheticalNameRecognizer(p),
                new QuotedNameRecognizer(p),
            ],
            [new AdministrationComposer(p), new MinistryComposer(p, embedded), new StateBodyComposer(p), new LoneAssemblyComposer(p), new BracketedAliasComposer()],
            filter,
            new OvergrownNameFilter(p),
            embedded);
    }
}
