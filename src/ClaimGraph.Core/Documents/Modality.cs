namespace ClaimGraph.Core.Documents;

public enum Modality
{
    Asserted,
    Predicted,
    Prescribed,
    Hypothetical,
}
