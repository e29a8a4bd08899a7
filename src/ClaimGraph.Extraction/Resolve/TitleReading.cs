using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Lexicons;

namespace ClaimGraph.Extraction.Resolve;

/// <summary>
/// Which term of an office a title points at: the one held at the time (美国总统), an earlier one (前国务卿), or, for
/// 时任 with no time in the sentence, whichever term the name after it held.
/// </summary>
public sealed record TitleReading(Office Office, bool Former, bool Then)
{
    public OfficeTerm? HolderFor(PartialDate? at, string? named)
    {
        if (Former)
            return Office.EarlierTerms(at).LastOrDefault(t => t.Holder == named) ?? (at is null ? null : Office.PredecessorAt(at));
        if (at is null)
            return Then && named is not null ? Office.Terms.LastOrDefault(t => t.Holder == named) : null;
        return Office.HolderAt(at);
    }

    /// <summary>时任国务卿, 当时的美国总统: the holder at the time the sentence speaks of, never the document's date.</summary>
    public static bool SaysThen(string key, int sentenceStart, int title)
    {
        var before = key.AsSpan(sentenceStart, title - sentenceStart);
        return before.EndsWith("时任", StringComparison.Ordinal) || before.EndsWith("当时的", StringComparison.Ordinal)
            || before.EndsWith("当时", StringComparison.Ordinal);
    }

    /// <summary>此前, 之前, 日前, 目前, 三年前 …: the 前 closes a word before the title and says nothing of a former holder.</summary>
    public static bool QianEndsAWord(string key, int sentenceStart, int at) =>
        key[at] == '前' && at > sentenceStart && (WordsEndingInQian.Contains(key[at - 1]) || char.IsDigit(key[at - 1]));

    private const string WordsEndingInQian = "之此日目当先以事提空面眼生年月天周战会行从向跟门考赛课饭睡婚产节";
}
