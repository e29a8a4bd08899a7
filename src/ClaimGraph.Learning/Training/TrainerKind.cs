namespace ClaimGraph.Learning.Training;

public enum TrainerKind
{
    /// <summary>SDCA maximum entropy: a linear multiclass model.</summary>
    Sdca,

    /// <summary>LightGBM gradient-boosted trees.</summary>
    LightGbm,
}
