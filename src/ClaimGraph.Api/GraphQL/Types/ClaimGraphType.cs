using ClaimGraph.Api.GraphQL.Loading;
using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

/// <summary>A stance claim with its evidence: the sentence, the document, the exact spans and the argument around it.</summary>
public sealed class ClaimGraphType : ObjectGraphType<ClaimRecord>
{
    public ClaimGraphType()
    {
        Name = "Claim";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ActorGraphType>>("subject").Resolve(c => c.Loaders().Actors.Load(c.Source.SubjectId));
        Field<NonNullGraphType<StringGraphType>>("subjectText").Description("The subject as written in the sentence.").Resolve(c => c.Source.SubjectText);
        Field<NonNullGraphType<PredicateGraphType>>("predicate").Resolve(c => c.Source.Predicate);
        Field<ActorGraphType>("object").Resolve(c => c.Source.ObjectId is { } id ? c.Loaders().Actors.Load(id) : null);
        Field<StringGraphType>("objectText").Resolve(c => c.Source.ObjectText);
        Field<NonNullGraphType<BooleanGraphType>>("negated").Resolve(c => c.Source.Negated);
        Field<NonNullGraphType<ModalityGraphType>>("modality").Resolve(c => c.Source.Modality);
        Field<ActorGraphType>("source").Description("Who the text says asserts the claim, when not the author.").Resolve(c => c.Source.SourceId is { } id ? c.Loaders().Actors.Load(id) : null);
        Field<StringGraphType>("sourceText").Resolve(c => c.Source.SourceText);
        Field<NonNullGraphType<StringGraphType>>("cue").Description("The word the claim was read from.").Resolve(c => c.Source.Cue);
        Field<IntGraphType>("year").Description("The year the evidence speaks of, if it names one.").Resolve(c => c.Source.Year);
        Field<ClaimTimeGraphType>("time").Description("The time the claim speaks of (from/to slice by its year); null when neither sentence nor document gives one.").Resolve(c => c.Source.Time);
        Field<NonNullGraphType<FloatGraphType>>("cooperation").Resolve(c => c.Source.Cooperation);
        Field<NonNullGraphType<FloatGraphType>>("conflict").Resolve(c => c.Source.Conflict);
        Field<NonNullGraphType<StringGraphType>>("provenance").Description("rule:… or model:…@version").Resolve(c => c.Source.Provenance);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Resolve(c => c.Source.Confidence);
        Field<NonNullGraphType<EvidenceGraphType>>("evidence").Description("Character offsets into the original document text.").Resolve(c => c.Source);
        Field<NonNullGraphType<SentenceGraphType>>("sentence").Resolve(c => c.Loaders().Sentences.Load(c.Source.SentenceId));
        Field<NonNullGraphType<DocumentGraphType>>("document").Resolve(c => c.Loaders().Documents.Load(c.Source.DocumentId));
        Field<NonNullGraphType<StringGraphType>>("status")
            .Description("UNREVIEWED, or the latest analyst verdict: CONFIRMED, REJECTED or CORRECTED.")
            .Resolve(c => c.Loaders().ReviewsOfClaim.Load(c.Source.Id).Map(reviews => reviews is { Count: > 0 } r ? r[^1].Verdict switch
            {
                "CONFIRM" => "CONFIRMED",
                "REJECT" => "REJECTED",
                _ => "CORRECTED",
            } : "UNREVIEWED"));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReviewGraphType>>>>("reviews").Resolve(c => c.Loaders().ReviewsOfClaim.Load(c.Source.Id));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClaimArgumentGraphType>>>>("arguments")
            .Description("Argument links this claim takes part in, both ways (as premise or conclusion, as one side of a contrast).")
            .Resolve(c => c.Loaders().LinksOfSentence.Load(c.Source.SentenceId).Map(links => ClaimArgument.Of(c.Source, links ?? [])));
    }
}
