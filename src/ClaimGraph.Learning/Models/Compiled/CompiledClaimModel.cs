using System.Collections.Immutable;
using ClaimGraph.Learning.Features;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Transforms;

namespace ClaimGraph.Learning.Models.Compiled;

/// <summary>
/// The claim model's scoring without ML.NET's per-row pipeline: the trained n-gram dictionaries, one-hot
/// vocabularies, min-max scales, trees and calibrator, read out of the loaded model and applied directly. ML.NET
/// builds a 38,000-slot row through eleven transforms for every candidate; this sets the few hundred slots a
/// candidate has and walks the trees. <see cref="TryCompile"/> returns null for any model of another shape (a linear
/// trainer, other columns), which is then scored through ML.NET as before.
/// </summary>
public sealed class CompiledClaimModel
{
    private static readonly string[] TextColumns = [nameof(ClaimExample.Window), nameof(ClaimExample.Clause), nameof(ClaimExample.Left), nameof(ClaimExample.Right)];
    private static readonly string[] CategoryColumns =
        [nameof(ClaimExample.Cue), nameof(ClaimExample.CuePredicate), nameof(ClaimExample.SubjectType), nameof(ClaimExample.ObjectType), nameof(ClaimExample.Shape), nameof(ClaimExample.ObjectMarker)];

    private static readonly int ClauseColumn = Array.IndexOf(TextColumns, nameof(ClaimExample.Clause));

    private readonly CharNgramSlots[] _texts;
    private readonly int[] _textOffsets;
    private readonly Dictionary<string, int>[] _categories;
    private readonly int[] _categoryOffsets;
    private readonly float[] _numberScales;
    private readonly int _numbersOffset;
    private readonly TreeEnsembleEvaluator _trees;
    private readonly int[] _placeOf;
    private readonly ICalibrator _calibrator;
    private readonly ThreadLocal<(SparseFeatures Features, NgramVectorCache Texts)> _scratch;

    private CompiledClaimModel(CharNgramSlots[] texts, int[] textOffsets, Dictionary<string, int>[] categories, int[] categoryOffsets,
        float[] numberScales, int numbersOffset, TreeEnsembleEvaluator trees, ICalibrator calibrator)
    {
        _texts = texts;
        _textOffsets = textOffsets;
        _categories = categories;
        _categoryOffsets = categoryOffsets;
        _numberScales = numberScales;
        _numbersOffset = numbersOffset;
        _trees = trees;
        _placeOf = trees.PlaceOf;
        _calibrator = calibrator;
        // The vector scored holds only the features the trees read; the others cannot change a walk. The clause is
        // counted from the last one: a sentence's pairings rewrite the same clause with Ⓢ and Ⓞ at other names. The
        // window, left and right move with the pairing, and cost less counted afresh.
        _scratch = new ThreadLocal<(SparseFeatures, NgramVectorCache)>(() =>
            (new SparseFeatures(trees.Width), new NgramVectorCache(texts.Length, trees.PlaceOf, rollingColumn: ClauseColumn)));
    }

    /// <summary>
    /// The probability that the candidate claims what its cue says, as the model's own prediction engine gives it;
    /// null for a text with a null character, which ML.NET reads as a missing token.
    /// </summary>
    public float? Probability(ClaimExample example)
    {
        if (example.Window.Contains('\0') || example.Clause.Contains('\0') || example.Left.Contains('\0') || example.Right.Contains('\0')) return null;
        var (features, cache) = _scratch.Value;
        try
        {
            for (var i = 0; i < _texts.Length; i++) cache.Featurize(i, _texts[i], TextOf(example, i), _textOffsets[i], features);
            for (var i = 0; i < _categories.Length; i++)
                if (_categories[i].TryGetValue(CategoryOf(example, i), out var slot)) Set(features, _categoryOffsets[i] + slot, 1);
            for (var i = 0; i < _numberScales.Length; i++) Set(features, _numbersOffset + i, example.Numbers[i] * _numberScales[i]);
            var score = (float)_trees.Output(features.Values);
            return _calibrator.PredictProbability(score);
        }
        finally
        {
            features.Clear();
        }
    }

    private void Set(SparseFeatures features, int feature, float value)
    {
        if (_placeOf[feature] >= 0) features.Set(_placeOf[feature], value);
    }

    /// <summary>Reads the parts out of a model of the shape ClaimModelTrainer fits with LightGBM; null for any other.</summary>
    public static CompiledClaimModel? TryCompile(MLContext ml, ITransformer model)
    {
        if (model is not TransformerChain<ITransformer> chain) return null;
        if (chain.LastTransformer is not ISingleFeaturePredictionTransformer<CalibratedModelParametersBase> predictor) return null;
        if (predictor.Model.SubModel is not TreeEnsembleModelParametersBasedOnRegressionTree forest) return null;
        if (predictor.Model.Calibrator is not ICalibrator calibrator) return null;
        var schema = model.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<ClaimExample>()).Schema);
        if (schema.GetColumnOrNull(predictor.FeatureColumnName) is not { } featureColumn || featureColumn.Type is not VectorDataViewType { Size: > 0 } featureType)
            return null;
        var featureNames = SlotNames(featureColumn);
        if (featureNames is null) return null;
        var offset = 0;
        var tokens = CharTokenNames.Read(ml);
        var texts = new CharNgramSlots[TextColumns.Length];
        var textOffsets = new int[TextColumns.Length];
        for (var i = 0; i < TextColumns.Length; i++)
        {
            if (Block(schema, TextColumns[i] + "F", featureNames, offset) is not { } names) return null;
            if (CharNgramSlots.FromSlotNames(names, tokens) is not { } slots) return null;
            texts[i] = slots;
            textOffsets[i] = offset;
            offset += slots.Size;
        }
        var categories = new Dictionary<string, int>[CategoryColumns.Length];
        var categoryOffsets = new int[CategoryColumns.Length];
        for (var i = 0; i < CategoryColumns.Length; i++)
        {
            if (Block(schema, CategoryColumns[i] + "F", featureNames, offset) is not { } names) return null;
            var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var name in names) if (!vocabulary.TryAdd(name, vocabulary.Count)) return null;
            categories[i] = vocabulary;
            categoryOffsets[i] = offset;
            offset += names.Length;
        }
        if (NumberScales(chain, schema) is not { } scales || offset + scales.Length != featureType.Size) return null;
        if (TreeEnsembleEvaluator.From(forest.TrainedTreeEnsemble, featureType.Size) is not { } trees) return null;
        return new CompiledClaimModel(texts, textOffsets, categories, categoryOffsets, scales, offset, trees, calibrator);
    }

    /// <summary>A feature column's slot names, checked to sit at <paramref name="offset"/> of the concatenated features.</summary>
    private static string[]? Block(DataViewSchema schema, string column, string[] featureNames, int offset)
    {
        if (schema.GetColumnOrNull(column) is not { } c || SlotNames(c) is not { } names) return null;
        if (offset + names.Length > featureNames.Length) return null;
        for (var i = 0; i < names.Length; i++)
            if (featureNames[offset + i] != column + "." + names[i]) return null;
        return names;
    }

    private static string[]? SlotNames(DataViewSchema.Column column)
    {
        if (column.Annotations.Schema.GetColumnOrNull("SlotNames") is null) return null;
        VBuffer<ReadOnlyMemory<char>> names = default;
        column.GetSlotNames(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToArray();
    }

    /// <summary>The numbers' min-max scales (no offset: zero stays zero), from the one normalizer of the chain.</summary>
    private static float[]? NumberScales(TransformerChain<ITransformer> chain, DataViewSchema schema)
    {
        var normalizers = chain.OfType<NormalizingTransformer>().ToList();
        if (normalizers.Count != 1) return null;
        if (normalizers[0].GetNormalizerModelParameters(0) is not NormalizingTransformer.AffineNormalizerModelParameters<ImmutableArray<float>> affine) return null;
        if (!affine.Offset.IsDefaultOrEmpty && affine.Offset.Any(o => o != 0)) return null;
        if (schema.GetColumnOrNull("NumbersF") is not { Type: VectorDataViewType { Size: NumericFeature.Count } }) return null;
        return affine.Scale.Length == NumericFeature.Count ? [.. affine.Scale] : null;
    }

    private static string TextOf(ClaimExample e, int i) => i switch { 0 => e.Window, 1 => e.Clause, 2 => e.Left, _ => e.Right };

    private static string CategoryOf(ClaimExample e, int i) => i switch
    {
        0 => e.Cue,
        1 => e.CuePredicate,
        2 => e.SubjectType,
        3 => e.ObjectType,
        4 => e.Shape,
        _ => e.ObjectMarker,
    };
}
