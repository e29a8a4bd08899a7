using ClaimGraph.Learning.Features;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace ClaimGraph.Learning.Models.Compiled;

/// <summary>
/// The entity-candidate model's scoring without ML.NET: the n-gram dictionaries, one-hot vocabularies, length scale,
/// class weights and biases read out of the trained model (a maximum-entropy model over EntityModelTrainer's features),
/// each class scored as bias plus weights times features and the scores turned into probabilities by softmax.
/// Loading ML.NET to build a prediction engine for it was the larger part of a start's model time. The sums run in
/// another order than ML.NET's vectorized ones, so probabilities agree to rounding, not bit for bit (the tests hold
/// every label and a tolerance). <see cref="TryCompile"/> returns null for a model of another shape.
/// </summary>
public sealed class CompiledEntityModel
{
    private static readonly string[] TextColumns = [nameof(EntityExample.Surface), nameof(EntityExample.Left), nameof(EntityExample.Right)];
    private static readonly string[] CategoryColumns = [nameof(EntityExample.Rule), nameof(EntityExample.ProposedType)];

    private readonly CharNgramSlots[] _texts;
    private readonly Dictionary<string, int>[] _categories;
    private readonly float _lengthScale;
    private readonly int _featureCount;
    private readonly string[] _labels;
    private readonly float[] _biases;
    // Class by class, feature by feature: a candidate sets a few dozen features, each read for every class.
    private readonly float[] _weights;
    private readonly ThreadLocal<SparseFeatures> _scratch;

    /// <summary>More classes than any entity model has (a type per entity type, and REJECT).</summary>
    private const int MaxLabels = 64;

    private CompiledEntityModel(CharNgramSlots[] texts, Dictionary<string, int>[] categories, float lengthScale, string[] labels, float[] biases, float[] weights)
    {
        _texts = texts;
        _categories = categories;
        _lengthScale = lengthScale;
        _featureCount = texts.Sum(t => t.Size) + categories.Sum(c => c.Count) + 1;
        // The scores live on the stack, so a damaged file's class count must not be able to exhaust it.
        if (labels.Length is < 2 or > MaxLabels || biases.Length != labels.Length || weights.Length != (long)labels.Length * _featureCount)
            throw new InvalidDataException("the entity model's weights do not fit its features and classes");
        _labels = labels;
        _biases = biases;
        _weights = weights;
        _scratch = new ThreadLocal<SparseFeatures>(() => new SparseFeatures(_featureCount));
    }

    /// <summary>The most probable label and its probability; null for a text with a null character, which ML.NET reads as a missing token.</summary>
    public (string Label, float Confidence)? Predict(EntityExample example)
    {
        if (example.Surface.Contains('\0') || example.Left.Contains('\0') || example.Right.Contains('\0')) return null;
        var features = _scratch.Value!;
        try
        {
            var offset = 0;
            for (var i = 0; i < _texts.Length; i++)
            {
                _texts[i].Featurize(TextOf(example, i), offset, features);
                offset += _texts[i].Size;
            }
            for (var i = 0; i < _categories.Length; i++)
            {
                if (_categories[i].TryGetValue(CategoryOf(example, i), out var slot)) features.Set(offset + slot, 1);
                offset += _categories[i].Count;
            }
            features.Set(offset, example.Length * _lengthScale);
            return Softmax(features);
        }
        finally
        {
            features.Clear();
        }
    }

    private (string, float) Softmax(SparseFeatures features)
    {
        Span<double> scores = stackalloc double[_labels.Length];
        var values = features.Values;
        var max = double.NegativeInfinity;
        for (var k = 0; k < scores.Length; k++)
        {
            var row = _weights.AsSpan(k * _featureCount, _featureCount);
            var score = (double)_biases[k];
            foreach (var slot in features.SetSlots) score += row[slot] * values[slot];
            scores[k] = score;
            max = Math.Max(max, score);
        }
        double sum = 0;
        for (var k = 0; k < scores.Length; k++) sum += scores[k] = Math.Exp(scores[k] - max);
        // The label is the first of the highest probabilities as floats, as ML.NET picks it from its float scores.
        var best = 0;
        var bestProbability = -1f;
        for (var k = 0; k < scores.Length; k++)
        {
            var probability = (float)(scores[k] / sum);
            if (probability > bestProbability) (best, bestProbability) = (k, probability);
        }
        return (_labels[best], bestProbability);
    }

    /// <summary>Reads the parts out of a model of the shape EntityModelTrainer fits; null for any other.</summary>
    public static CompiledEntityModel? TryCompile(MLContext ml, ITransformer model)
    {
        if (model is not IEnumerable<ITransformer> chain) return null;
        if (chain.OfType<MulticlassPredictionTransformer<MaximumEntropyModelParameters>>().SingleOrDefault() is not { } predictor) return null;
        var schema = model.GetOutputSchema(ml.Data.LoadFromEnumerable(Array.Empty<EntityExample>()).Schema);
        if (schema.GetColumnOrNull(predictor.FeatureColumnName) is not { } featureColumn || ModelSlots.Names(featureColumn) is not { } featureNames) return null;
        if (schema.GetColumnOrNull("Score") is not { } scoreColumn || ModelSlots.Names(scoreColumn) is not { } labels) return null;
        var offset = 0;
        var tokens = CharTokenNames.Read(ml);
        var texts = new CharNgramSlots[TextColumns.Length];
        for (var i = 0; i < texts.Length; i++)
        {
            if (ModelSlots.Block(schema, TextColumns[i] + "F", featureNames, offset) is not { } names) return null;
            if (CharNgramSlots.FromSlotNames(names, tokens) is not { } slots) return null;
            texts[i] = slots;
            offset += slots.Size;
        }
        var categories = new Dictionary<string, int>[CategoryColumns.Length];
        for (var i = 0; i < categories.Length; i++)
        {
            if (ModelSlots.Block(schema, CategoryColumns[i] + "F", featureNames, offset) is not { } names) return null;
            if (ModelSlots.Vocabulary(names) is not { } vocabulary) return null;
            categories[i] = vocabulary;
            offset += names.Length;
        }
        if (ModelSlots.Scales(chain, schema, "LengthF", 1) is not [var lengthScale] || offset + 1 != featureNames.Length) return null;
        VBuffer<float>[] rows = [];
        predictor.Model.GetWeights(ref rows, out var classes);
        if (classes != labels.Length) return null;
        var weights = new float[classes * featureNames.Length];
        for (var k = 0; k < classes; k++)
        {
            if (rows[k].Length != featureNames.Length) return null;
            foreach (var (index, value) in rows[k].Items()) weights[k * featureNames.Length + index] = value;
        }
        return new CompiledEntityModel(texts, categories, lengthScale, labels, [.. predictor.Model.GetBiases()], weights);
    }

    internal void Write(BinaryWriter writer)
    {
        foreach (var text in _texts) CompiledModelFile.WriteStrings(writer, text.Ngrams);
        foreach (var vocabulary in _categories) CompiledModelFile.WriteStrings(writer, [.. vocabulary.OrderBy(p => p.Value).Select(p => p.Key)]);
        writer.Write(_lengthScale);
        CompiledModelFile.WriteStrings(writer, _labels);
        CompiledModelFile.WriteFloats(writer, _biases);
        CompiledModelFile.WriteFloats(writer, _weights);
    }

    internal static CompiledEntityModel Read(BinaryReader reader)
    {
        var texts = new CharNgramSlots[TextColumns.Length];
        for (var i = 0; i < texts.Length; i++)
            texts[i] = CharNgramSlots.FromNgrams(CompiledModelFile.ReadStrings(reader)) ?? throw new InvalidDataException("the compiled entity model is damaged (n-grams)");
        var categories = new Dictionary<string, int>[CategoryColumns.Length];
        for (var i = 0; i < categories.Length; i++)
            categories[i] = ModelSlots.Vocabulary(CompiledModelFile.ReadStrings(reader)) ?? throw new InvalidDataException("the compiled entity model is damaged (categories)");
        var lengthScale = reader.ReadSingle();
        var labels = CompiledModelFile.ReadStrings(reader);
        return new CompiledEntityModel(texts, categories, lengthScale, labels, CompiledModelFile.ReadFloats(reader), CompiledModelFile.ReadFloats(reader));
    }

    private static string TextOf(EntityExample e, int i) => i switch { 0 => e.Surface, 1 => e.Left, _ => e.Right };

    private static string CategoryOf(EntityExample e, int i) => i == 0 ? e.Rule : e.ProposedType;
}
