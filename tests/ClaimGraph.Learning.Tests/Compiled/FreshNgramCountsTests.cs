using ClaimGraph.Learning.Models.Compiled;
using Microsoft.ML;

namespace ClaimGraph.Learning.Tests.Compiled;

public sealed class FreshNgramCountsTests
{
    private static readonly CharNgramSlots s_slots =
        CharNgramSlots.FromSlotNames(["美", "国", "美|国", "美|国|的", "<␂>|美", "Ⓢ", "Ⓢ|说", "说|<␃>", "的"], CharTokenNames.Read(new MLContext(seed: 1)))
        ?? throw new InvalidOperationException("the slot names did not read back");

    private static readonly int[] s_all = [.. Enumerable.Range(0, s_slots.Size + 3)];

    [Fact]
    public void each_text_gets_the_vector_the_sparse_features_drain_slot_for_slot_and_float_for_float()
    {
        string[] texts = ["美国的美国", "Ⓢ的美国", "美国说", "", "Ⓢ说", "美国的美国的美国说", "美", "国美国美国说Ⓢ说", "的", "Ⓒ说美国的美国的Ⓢ美国的美国的美国说Ⓞ", "Ⓐ"];
        var fresh = new FreshNgramCounts(s_slots, 3, s_all);

        foreach (var text in texts) AssertSameAsDrained(text, fresh.UnitLength(text));
    }

    [Fact]
    public void random_texts_get_the_vectors_the_sparse_features_drain()
    {
        const string alphabet = "美国的说ⓈⓄⒸ";
        var random = new Random(20261127);
        var fresh = new FreshNgramCounts(s_slots, 3, s_all);

        for (var step = 0; step < 2000; step++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 120)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

            AssertSameAsDrained(text, fresh.UnitLength(text));
        }
    }

    [Fact]
    public void a_slot_no_tree_reads_is_left_out()
    {
        // Slot 3 + 1 (国) is read by no tree.
        var placeOf = s_all.Select(slot => slot == 4 ? -1 : slot).ToArray();

        var vector = new FreshNgramCounts(s_slots, 3, placeOf).UnitLength("美国的美国")!.Value;

        Assert.DoesNotContain(4, vector.Slots);
        Assert.Equal(Drained("美国的美国", placeOf).Values, vector.Values);
    }

    private static void AssertSameAsDrained(string text, NgramVectorCache.Vector? vector)
    {
        var drained = Drained(text, s_all);

        Assert.NotNull(vector);
        Assert.Equal(drained.Slots, vector.Value.Slots);
        Assert.Equal(drained.Values.Select(BitConverter.SingleToInt32Bits), vector.Value.Values.Select(BitConverter.SingleToInt32Bits));
    }

    private static NgramVectorCache.Vector Drained(string text, int[] placeOf)
    {
        var features = new SparseFeatures(s_slots.Size + 3);
        s_slots.AddCounts(text, 3, features);
        return features.DrainUnitLength(placeOf);
    }
}
