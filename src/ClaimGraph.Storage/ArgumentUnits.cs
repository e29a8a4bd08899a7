namespace ClaimGraph.Storage;

/// <summary>Which claims sit in a unit of an argument link: those in the unit's sentence whose cue starts inside it.</summary>
public static class ArgumentUnits
{
    public static bool HoldsCue(long unitSentence, int unitStart, int unitEnd, long claimSentence, int cueStart) =>
        unitSentence == claimSentence && cueStart >= unitStart && cueStart < unitEnd;
}
