using ClaimGraph.Api.GraphQL.Loading;
using ClaimGraph.Storage.Records;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

public sealed class ReviewGraphType : ObjectGraphType<ReviewRecord>
{
    public ReviewGraphType()
    {
        Name = "Review";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ReviewVerdictGraphType>>("verdict").Resolve(c => c.Source.Verdict);
        Field<NonNullGraphType<StringGraphType>>("reviewer").Resolve(c => c.Source.Reviewer);
        Field<NonNullGraphType<StringGraphType>>("reviewedAt").Resolve(c => c.Source.ReviewedAt);
        Field<StringGraphType>("note").Resolve(c => c.Source.Note);
        Field<PredicateGraphType>("correctedPredicate").Resolve(c => c.Source.CorrectedPredicate);
        Field<BooleanGraphType>("correctedNegated").Resolve(c => c.Source.CorrectedNegated);
        Field<ModalityGraphType>("correctedModality").Resolve(c => c.Source.CorrectedModality);
        Field<NonNullGraphType<PredicateGraphType>>("originalPredicate").Description("The predicate as extracted when reviewed.").Resolve(c => c.Source.OriginalPredicate);
        Field<ClaimGraphType>("claim").Description("The claim, while its document's extraction still holds it.").Resolve(c => c.Loaders().Claims.Load(c.Source.ClaimId));
    }
}

public sealed class ReviewVerdictGraphType : EnumerationGraphType
{
    public ReviewVerdictGraphType()
    {
        Name = "ReviewVerdict";
        Add("CONFIRM", "CONFIRM", "The claim is right as extracted.");
        Add("REJECT", "REJECT", "The text makes no such claim.");
        Add("CORRECT", "CORRECT", "The claim is there, with the correction's predicate, negation or modality.");
    }
}

public sealed record ClaimCorrection(string? Predicate, bool? Negated, string? Modality);

public sealed class ClaimCorrectionInputGraphType : InputObjectGraphType<ClaimCorrection>
{
    public ClaimCorrectionInputGraphType()
    {
        Name = "ClaimCorrectionInput";
        Field<PredicateGraphType>("predicate");
        Field<BooleanGraphType>("negated");
        Field<ModalityGraphType>("modality");
    }
}
