using ClaimGraph.Core.Contract;
using ClaimGraph.Core.Documents;

namespace ClaimGraph.Learning.Evaluation;

/// <summary>Scores predicted contract lines against gold lines, per the contract's scoring rules.</summary>
public sealed class Evaluator
{
    public EvaluationReport Score(IReadOnlyList<ContractLine> gold, IReadOnlyList<ContractLine> predicted)
    {
        if (gold.Count != predicted.Count) throw new ArgumentException("gold and predicted must have one line each per sentence");
        var entities = PrF1.Zero;
        var byType = Enum.GetValues<EntityType>().ToDictionary(t => ContractNames.Of(t), _ => PrF1.Zero);
        var relaxed = PrF1.Zero;
        var strict = PrF1.Zero;
        var byPredicate = Enum.GetValues<Predicate>().ToDictionary(p => ContractNames.Of(p), _ => PrF1.Zero);
        var confusion = new Dictionary<string, Dictionary<string, int>>();
        int matched = 0, negationRight = 0, modalityRight = 0;
        var errors = new List<SentenceErrors>();

        for (var i = 0; i < gold.Count; i++)
        {
            var g = gold[i];
            var p = predicted[i];
            var entityPairs = ContractMatcher.Pair(g.Entities, p.Entities, ContractMatcher.EntitiesMatch, (a, b) => a.Type == b.Type && a.Text == b.Text);
            entities += new PrF1(entityPairs.Count, p.Entities.Count, g.Entities.Count);
            foreach (var type in byType.Keys.ToList())
                byType[type] += new PrF1(entityPairs.Count(x => x.Gold.Type == type), p.Entities.Count(e => e.Type == type), g.Entities.Count(e => e.Type == type));

            var claimPairs = ContractMatcher.Pair(g.Claims, p.Claims, (a, b) => ClaimsMatch(a, g, b, p), (a, b) => a.Predicate == b.Predicate && a.Subject == b.Subject && a.Object == b.Object);
            relaxed += new PrF1(claimPairs.Count, p.Claims.Count, g.Claims.Count);
            var strictCount = claimPairs.Count(x => x.Gold.Negated == x.Predicted.Negated && x.Gold.Modality == x.Predicted.Modality);
            strict += new PrF1(strictCount, p.Claims.Count, g.Claims.Count);
            foreach (var predicate in byPredicate.Keys.ToList())
                byPredicate[predicate] += new PrF1(claimPairs.Count(x => x.Gold.Predicate == predicate), p.Claims.Count(c => c.Predicate == predicate), g.Claims.Count(c => c.Predicate == predicate));
            matched += claimPairs.Count;
            negationRight += claimPairs.Count(x => x.Gold.Negated == x.Predicted.Negated);
            modalityRight += claimPairs.Count(x => x.Gold.Modality == x.Predicted.Modality);
            Confuse(confusion, g, p);

            var missedEntities = g.Entities.Where(e => entityPairs.All(x => !ReferenceEquals(x.Gold, e))).Select(e => $"{e.Text}/{e.Type}").ToList();
            var spuriousEntities = p.Entities.Where(e => entityPairs.All(x => !ReferenceEquals(x.Predicted, e))).Select(e => $"{e.Text}/{e.Type}").ToList();
            var missedClaims = g.Claims.Where(c => claimPairs.All(x => !ReferenceEquals(x.Gold, c))).Select(Describe).ToList();
            var spuriousClaims = p.Claims.Where(c => claimPairs.All(x => !ReferenceEquals(x.Predicted, c))).Select(Describe).ToList();
            if (missedEntities.Count + spuriousEntities.Count + missedClaims.Count + spuriousClaims.Count > 0)
                errors.Add(new SentenceErrors(g.Id, g.Text, missedEntities, spuriousEntities, missedClaims, spuriousClaims));
        }

        return new EvaluationReport
        {
            Sentences = gold.Count,
            Entities = entities,
            EntitiesByType = byType,
            ClaimsRelaxed = relaxed,
            ClaimsStrict = strict,
            ClaimsByPredicate = byPredicate,
            MatchedClaims = matched,
            NegationAccuracy = matched == 0 ? 0 : (double)negationRight / matched,
            ModalityAccuracy = matched == 0 ? 0 : (double)modalityRight / matched,
            Confusion = confusion.ToDictionary(kv => kv.Key, kv => (IReadOnlyDictionary<string, int>)kv.Value),
            Errors = errors,
        };
    }

    private static bool ClaimsMatch(ContractClaim gold, ContractLine goldLine, ContractClaim predicted, ContractLine predictedLine) =>
        gold.Predicate == predicted.Predicate
        && ContractMatcher.ArgumentsMatch(gold.Subject, goldLine, predicted.Subject, predictedLine)
        && ContractMatcher.ArgumentsMatch(gold.Object, goldLine, predicted.Object, predictedLine);

    /// <summary>Pairs claims by subject and object alone, to see which predicate the extractor chose for each gold one.</summary>
    private static void Confuse(Dictionary<string, Dictionary<string, int>> confusion, ContractLine gold, ContractLine predicted)
    {
        var pairs = ContractMatcher.Pair(gold.Claims, predicted.Claims,
            (a, b) => ContractMatcher.ArgumentsMatch(a.Subject, gold, b.Subject, predicted) && ContractMatcher.ArgumentsMatch(a.Object, gold, b.Object, predicted),
            (a, b) => a.Predicate == b.Predicate && a.Subject == b.Subject && a.Object == b.Object);
        foreach (var (g, p) in pairs) Count(confusion, g.Predicate, p.Predicate);
        foreach (var g in gold.Claims.Where(c => pairs.All(x => !ReferenceEquals(x.Gold, c)))) Count(confusion, g.Predicate, "NONE");
        foreach (var p in predicted.Claims.Where(c => pairs.All(x => !ReferenceEquals(x.Predicted, c)))) Count(confusion, "NONE", p.Predicate);
    }

    private static void Count(Dictionary<string, Dictionary<string, int>> confusion, string gold, string predicted)
    {
        if (!confusion.TryGetValue(gold, out var row)) confusion[gold] = row = [];
        row[predicted] = row.GetValueOrDefault(predicted) + 1;
    }

    private static string Describe(ContractClaim c) =>
        $"{c.Subject} {c.Predicate} {c.Object ?? "∅"}{(c.Negated ? " ¬" : "")} {c.Modality}";
}
