using ClaimGraph.Learning.Features;
using ClaimGraph.Learning.Training;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Cli.Commands;

/// <summary>Turns a stored review into a training example: rejected → NONE, confirmed → as extracted, corrected → the correction.</summary>
public static class ReviewTraining
{
    public static ReviewExample ToExample(ReviewRecord review) => new(
        review.SentenceText,
        review.SubjectText,
        review.ObjectText,
        review.Verdict switch
        {
            "REJECT" => Labels.None,
            "CORRECT" => review.CorrectedPredicate ?? review.OriginalPredicate,
            _ => review.OriginalPredicate,
        });
}
