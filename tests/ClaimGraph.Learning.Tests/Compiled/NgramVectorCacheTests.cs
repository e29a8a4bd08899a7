using ClaimGraph.Learning.Models.Compiled;
using Microsoft.ML;

namespace ClaimGraph.Learning.Tests.Compiled;

public sealed class NgramVectorCacheTests
{
    private static readonly CharNgramSlots s_slots =
        CharNgramSlots.FromSlotNames(["美", "国", "美|国", "美|国|的", "<␂>|美"], CharTokenNames.Read(new MLContext(seed: 1)))
        ?? throw new InvalidOperationException("the slot names did not read back");

    // Every slot kept at its own place, as if the trees read them all.
    private static readonly int[] s_all = [.. Enumerable.Range(0, s_slots.Size + 3)];

    [Theory]
    [InlineData("美国的美国")]
    [InlineData("中国")]
    [InlineData("")]
    public void a_replayed_vector_is_the_computed_one_float_for_float(string text)
    {
        var cache = new NgramVectorCache(columns: 1, s_all);
        var computed = Vector(f => s_slots.Featurize(text, 3, f));

        var first = Vector(f => cache.Featurize(0, s_slots, text, 3, f));
        var replayed = Vector(f => cache.Featurize(0, s_slots, text, 3, f));

        Assert.Equal(computed, first);
        Assert.Equal(computed, replayed);
    }

    [Fact]
    public void texts_are_told_apart()
    {
        var cache = new NgramVectorCache(columns: 1, s_all);

        var a = Vector(f => cache.Featurize(0, s_slots, "美国", 0, f));
        var b = Vector(f => cache.Featurize(0, s_slots, "美国的", 0, f));

        Assert.NotEqual(a, b);
        Assert.Equal(a, Vector(f => cache.Featurize(0, s_slots, "美国", 0, f)));
    }

    [Fact]
    public void a_slot_no_tree_reads_is_left_out_and_the_others_keep_their_unit_length_values()
    {
        // Slot 3 + 1 (国) is read by no tree; the others move down one place past it.
        var placeOf = s_all.Select(slot => slot < 4 ? slot : slot == 4 ? -1 : slot - 1).ToArray();
        var cache = new NgramVectorCache(columns: 1, placeOf);
        var computed = Vector(f => s_slots.Featurize("美国的美国", 3, f));

        var kept = Vector(f => cache.Featurize(0, s_slots, "美国的美国", 3, f));

        Assert.Equal([.. computed[..4], .. computed[5..]], kept[..^1]);
        Assert.Equal(0, kept[^1]);
    }

    private static float[] Vector(Action<SparseFeatures> featurize)
    {
        var features = new SparseFeatures(s_slots.Size + 3);
        featurize(features);
        return features.Values.ToArray();
    }
}
