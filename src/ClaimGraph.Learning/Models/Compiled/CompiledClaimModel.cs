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
    private readonly PlattSigmoid _calibrator;
    private readonly ThreadLocal<(SparseFeatures Features, NgramVectorCache Texts)> _scratch;

    private CompiledClaimModel(CharNgramSlots[] texts, int[] textOffsets, Dictionary<string, int>[] categories, int[] categoryOffsets,
        float[] numberScales, int numbersOffset, TreeEnsembleEvaluator trees, PlattSigmoid calibrator)
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
            return _calibrator.Probability(score);
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
        // A chain as trained (typed by its last part) or as loaded (of ITransformer): both enumerate their parts.
        if (model is not IEnumerable<ITransformer> chain) return null;
        if (chain.LastOrDefault() is not ISingleFeaturePredictionTransformer<CalibratedModelParametersBase> predictor) return null;
        if (predictor.Model.SubModel is not TreeEnsembleModelParametersBasedOnRegressionTree forest) return null;
        if (predictor.Model.Calibrator is not PlattCalibrator platt) return null;
        var schema = model.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<ClaimExample>()).Schema);
        if (schema.GetColumnOrNull(predictor.FeatureColumnName) is not { } featureColumn || featureColumn.Type is not VectorDataViewType { Size: > 0 } featureType)
            return null;
        var featureNames = ModelSlots.Names(featureColumn);
        if (featureNames is null) return null;
        var offset = 0;
        var tokens = CharTokenNames.Read(ml);
        var texts = new CharNgramSlots[TextColumns.Length];
        var textOffsets = new int[TextColumns.Length];
        for (var i = 0; i < TextColumns.Length; i++)
        {
            if (ModelSlots.Block(schema, TextColumns[i] + "F", featureNames, offset) is not { } names) return null;
            if (CharNgramSlots.FromSlotNames(names, tokens) is not { } slots) return null;
            texts[i] = slots;
            textOffsets[i] = offset;
            offset += slots.Size;
        }
        var categories = new Dictionary<string, int>[CategoryColumns.Length];
        var categoryOffsets = new int[CategoryColumns.Length];
        for (var i = 0; i < CategoryColumns.Length; i++)
        {
            if (ModelSlots.Block(schema, CategoryColumns[i] + "F", featureNames, offset) is not { } names) return null;
            if (ModelSlots.Vocabulary(names) is not { } vocabulary) return null;
            categories[i] = vocabulary;
            categoryOffsets[i] = offset;
            offset += names.Length;
        }
        if (ModelSlots.Scales(chain, schema, "NumbersF", NumericFeature.Count) is not { } scales || offset + scales.Length != featureType.Size) return null;
        if (TreeEnsembleEvaluator.From(forest.TrainedTreeEnsemble, featureType.Size) is not { } trees) return null;
        return new CompiledClaimModel(texts, textOffsets, categories, categoryOffsets, scales, offset, trees, new PlattSigmoid(platt.Slope, platt.Offset));
    }

    /// <summary>Writes the model's parts, for <see cref="Read"/> (the layout <see cref="CompiledModelFile"/> frames).</summary>
    internal void Write(BinaryWriter writer)
    {
        writer.Write(_texts.Length);
        foreach (var text in _texts) CompiledModelFile.WriteStrings(writer, text.Ngrams);
        writer.Write(_categories.Length);
        foreach (var vocabulary in _categories) CompiledModelFile.WriteStrings(writer, [.. vocabulary.OrderBy(p => p.Value).Select(p => p.Key)]);
        CompiledModelFile.WriteFloats(writer, _numberScales);
        writer.Write(_calibrator.Slope);
        writer.Write(_calibrator.Offset);
        _trees.Write(writer);
    }

    /// <summary>A model <see cref="Write"/> wrote; the offsets follow from the blocks' sizes, as in <see cref="TryCompile"/>.</summary>
    internal static CompiledClaimModel Read(BinaryReader reader)
    {
        if (reader.ReadInt32() != TextColumns.Length) throw Damaged("text columns");
        var offset = 0;
        var texts = new CharNgramSlots[TextColumns.Length];
        var textOffsets = new int[TextColumns.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = CharNgramSlots.FromNgrams(CompiledModelFile.ReadStrings(reader)) ?? throw Damaged("n-grams");
            textOffsets[i] = offset;
            offset += texts[i].Size;
        }
        if (reader.ReadInt32() != CategoryColumns.Length) throw Damaged("categories");
        var categories = new Dictionary<string, int>[CategoryColumns.Length];
        var categoryOffsets = new int[CategoryColumns.Length];
        for (var i = 0; i < categories.Length; i++)
        {
            categories[i] = ModelSlots.Vocabulary(CompiledModelFile.ReadStrings(reader)) ?? throw Damaged("categories");
            categoryOffsets[i] = offset;
            offset += categories[i].Count;
        }
        var scales = CompiledModelFile.ReadFloats(reader);
        if (scales.Length != NumericFeature.Count) throw Damaged("numbers");
        var calibrator = new PlattSigmoid(reader.ReadDouble(), reader.ReadDouble());
        var trees = TreeEnsembleEvaluator.Read(reader, offset + scales.Length);
        return new CompiledClaimModel(texts, textOffsets, categories, categoryOffsets, scales, offset, trees, calibrator);
    }

    private static InvalidDataException Damaged(string part) => new($"the compiled claim model is damaged ({part})");

    /// <summary>ML.NET's Platt calibration, computed as its <see cref="PlattCalibrator"/> computes it (in doubles, then rounded).</summary>
    private readonly record struct PlattSigmoid(double Slope, double Offset)
    {
        public float Probability(float score) => float.IsNaN(score) ? score : (float)(1 / (1 + Math.Exp(Slope * score + Offset)));
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
