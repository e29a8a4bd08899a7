using ClaimGraph.Learning.Models.Compiled;
using Microsoft.ML;

namespace ClaimGraph.Learning.Tests.Compiled;

public sealed class RollingNgramCountsTests
{
    private static readonly CharNgramSlots s_slots =
        CharNgramSlots.FromSlotNames(["美", "国", "美|国", "美|国|的", "<␂>|美", "Ⓢ", "Ⓢ|说", "说|<␃>", "的"], CharTokenNames.Read(new MLContext(seed: 1)))
        ?? throw new InvalidOperationException("the slot names did not read back");

    private static readonly int[] s_all = [.. Enumerable.Range(0, s_slots.Size + 3)];

    [Fact]
    public void each_text_counted_from_the_last_gets_the_vector_counted_afresh_float_for_float()
    {
        string[] texts =
        [
            "美国的美国", "Ⓢ的美国", "美国说", "", "Ⓢ说", "美国的美国的美国说", "美国的美国的美国说", "美", "国美国美国说Ⓢ说", "的",
            // Two rewrites of one clause: the marks change at both ends and in the middle, the text between stays.
            "Ⓢ说美国的美国的Ⓒ美国的美国的美国说Ⓞ", "Ⓒ说美国的美国的Ⓢ美国的美国的美国说Ⓞ", "Ⓒ说美国的美国的Ⓞ美国的美国的美国说Ⓢ",
            "Ⓒ说美国的美国美国的美国的美国说Ⓢ说", "说美国的美国的Ⓞ美国的美国的美国说的",
        ];
        var rolling = new RollingNgramCounts(s_slots, 3, s_all);

        foreach (var text in texts)
        {
            var carried = rolling.UnitLength(text);

            Assert.NotNull(carried);
            Assert.Equal(Afresh(text), Dense(carried.Value));
        }
    }

    [Fact]
    public void texts_edited_at_random_from_the_last_get_the_vectors_counted_afresh()
    {
        const string alphabet = "美国的说ⓈⓄⒸ";
        var random = new Random(20261127);
        var rolling = new RollingNgramCounts(s_slots, 3, s_all);
        var text = new string(Enumerable.Range(0, 60).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());

        for (var step = 0; step < 2000; step++)
        {
            // A few marks or characters changed, dropped or put in, anywhere (as two pairings' rewrites differ).
            var chars = text.ToList();
            for (var edit = random.Next(1, 5); edit > 0; edit--)
            {
                var at = random.Next(chars.Count + 1);
                switch (random.Next(3))
                {
                    case 0 when at < chars.Count: chars[at] = alphabet[random.Next(alphabet.Length)]; break;
                    case 1 when at < chars.Count && chars.Count > 1: chars.RemoveAt(at); break;
                    default: chars.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                }
            }
            text = new string([.. chars]);

            Assert.Equal(Afresh(text), Dense(rolling.UnitLength(text)!.Value));
        }
    }

    [Fact]
    public void a_slot_no_tree_reads_is_left_out()
    {
        // Slot 3 + 1 (国) is read by no tree.
        var placeOf = s_all.Select(slot => slot == 4 ? -1 : slot).ToArray();
        var rolling = new RollingNgramCounts(s_slots, 3, placeOf);

        rolling.UnitLength("美国");
        var vector = rolling.UnitLength("美国的美国")!.Value;

        Assert.DoesNotContain(4, vector.Slots);
        Assert.Equal(Afresh("美国的美国").Where((_, slot) => slot != 4), Dense(vector).Where((_, slot) => slot != 4));
    }

    private static float[] Afresh(string text)
    {
        var features = new SparseFeatures(s_slots.Size + 3);
        s_slots.Featurize(text, 3, features);
        return features.Values.ToArray();
    }

    private static float[] Dense(NgramVectorCache.Vector vector)
    {
        var features = new SparseFeatures(s_slots.Size + 3);
        for (var i = 0; i < vector.Slots.Length; i++) features.Set(vector.Slots[i], vector.Values[i]);
        return features.Values.ToArray();
    }
}
