using ClaimGraph.Storage.Contract.Skipping;
using ClaimGraph.Storage.Contract.Support;
using ClaimGraph.Storage.Queries;
using ClaimGraph.Storage.Records;

namespace ClaimGraph.Storage.Contract.Stores;

/// <summary>Analysts' reviews: a snapshot of the claim, kept beside it and after it.</summary>
public abstract partial class GraphStoreContract
{
    [StoreFact]
    public async Task a_review_keeps_a_snapshot_of_the_claim_it_judged()
    {
        await IngestAsync(TestDocuments.Analyze("review.txt", "美国与日本合作。中国反对美国的制裁。"));
        var claim = (await AllClaimsAsync(new ClaimFilter { Subject = "美国", Object = "日本" })).Single();

        var review = await Store.ReviewClaimAsync(new ReviewInput(claim.Id, "CORRECT", "ENGAGES", true, "PREDICTED", "analyst-1", "reads as a forecast"));

        Assert.Equal((claim.Id, "CORRECT", "ENGAGES", true, "PREDICTED", "analyst-1", "reads as a forecast"),
            (review.ClaimId, review.Verdict, review.CorrectedPredicate, review.CorrectedNegated, review.CorrectedModality, review.Reviewer, review.Note));
        Assert.Equal(("美国与日本合作。", "美国", "COUNTRY", "日本", "COUNTRY"), (review.SentenceText, review.SubjectText, review.SubjectType, review.ObjectText, review.ObjectType));
        Assert.Equal(("COOPERATES", false, "ASSERTED"), (review.OriginalPredicate, review.OriginalNegated, review.OriginalModality));
        Assert.True(DateTimeOffset.TryParse(review.ReviewedAt, out _), review.ReviewedAt);
        Assert.Equal(review, Assert.Single(await Store.ReviewsAsync([claim.Id])));
    }

    [StoreFact]
    public async Task reviews_are_listed_oldest_first_and_by_claim()
    {
        await IngestAsync(TestDocuments.Analyze("review.txt", "美国与日本合作。中国反对美国的制裁。"));
        var claims = await AllClaimsAsync(new ClaimFilter());

        var first = await Store.ReviewClaimAsync(new ReviewInput(claims[0].Id, "CONFIRM", null, null, null, "a", null));
        var second = await Store.ReviewClaimAsync(new ReviewInput(claims[1].Id, "REJECT", null, null, null, "b", null));
        var third = await Store.ReviewClaimAsync(new ReviewInput(claims[0].Id, "REJECT", null, null, null, "c", null));

        Assert.True(first.Id < second.Id && second.Id < third.Id);
        Assert.Equal([first.Id, second.Id, third.Id], (await Store.AllReviewsAsync()).Select(r => r.Id));
        Assert.Equal([first.Id, third.Id], (await Store.ReviewsAsync([claims[0].Id])).Select(r => r.Id));
        Assert.Empty(await Store.ReviewsAsync([]));
    }

    [StoreFact]
    public async Task reviewing_a_claim_the_store_does_not_hold_fails_and_stores_nothing()
    {
        await IngestAsync(TestDocuments.Sample());

        await Assert.ThrowsAsync<KeyNotFoundException>(() => Store.ReviewClaimAsync(new ReviewInput(987654, "CONFIRM", null, null, null, "a", null)));

        Assert.Empty(await Store.AllReviewsAsync());
    }

    [StoreFact]
    public async Task a_review_outlives_its_claim_and_its_claim_id_is_never_given_again()
    {
        var old = TestDocuments.Analyze("same-name.txt", "美国与日本合作。");
        await IngestAsync(old);
        var claim = (await AllClaimsAsync(new ClaimFilter { DocumentId = old.Id })).Single();
        await Store.ReviewClaimAsync(new ReviewInput(claim.Id, "REJECT", null, null, null, "a", null));

        await IngestAsync(TestDocuments.Analyze("same-name.txt", "中国反对美国的制裁。"));

        Assert.Empty(await Store.ClaimsByIdAsync([claim.Id]));
        Assert.Equal(claim.Id, Assert.Single(await Store.AllReviewsAsync()).ClaimId);
        Assert.All(await AllClaimsAsync(new ClaimFilter()), c => Assert.True(c.Id > claim.Id, $"claim id {c.Id} given again"));
    }
}
