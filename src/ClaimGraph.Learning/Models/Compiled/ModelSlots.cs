using System.Collections.Immutable;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms;

namespace ClaimGraph.Learning.Models.Compiled;

/// <summary>What the compiled models read out of a trained ML.NET chain: its columns' slot names and its min-max scales.</summary>
internal static class ModelSlots
{
    /// <summary>A feature column's slot names, checked to sit at <paramref name="offset"/> of the concatenated features.</summary>
    public static string[]? Block(DataViewSchema schema, string column, string[] featureNames, int offset)
    {
        if (schema.GetColumnOrNull(column) is not { } c || Names(c) is not { } names) return null;
        if (offset + names.Length > featureNames.Length) return null;
        for (var i = 0; i < names.Length; i++)
            if (featureNames[offset + i] != column + "." + names[i]) return null;
        return names;
    }

    /// <summary>Each name's slot, in order; null when a name comes twice (no one-hot column has it so).</summary>
    public static Dictionary<string, int>? Vocabulary(string[] names)
    {
        var vocabulary = new Dictionary<string, int>(names.Length, StringComparer.Ordinal);
        foreach (var name in names) if (!vocabulary.TryAdd(name, vocabulary.Count)) return null;
        return vocabulary;
    }

    public static string[]? Names(DataViewSchema.Column column)
    {
        if (column.Annotations.Schema.GetColumnOrNull("SlotNames") is null) return null;
        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    /// <summary>The min-max scales (no offset: zero stays zero) of <paramref name="column"/>, from the one normalizer of the chain.</summary>
    public static float[]? Scales(IEnumerable<ITransformer> chain, DataViewSchema schema, string column, int count)
    {
        var normalizers = chain.OfType<NormalizingTransformer>().ToList();
        if (normalizers.Count != 1) return null;
        if (normalizers[0].GetNormalizerModelParameters(0) is not NormalizingTransformer.AffineNormalizerModelParameters<ImmutableArray<float>> affine) return null;
        if (!affine.Offset.IsDefaultOrEmpty && affine.Offset.Any(o => o != 0)) return null;
        if (schema.GetColumnOrNull(column) is not { Type: VectorDataViewType { Size: var size } } || size != count) return null;
        return affine.Scale.Length == count ? [.. affine.Scale] : null;
    }
}
