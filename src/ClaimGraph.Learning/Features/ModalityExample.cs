namespace ClaimGraph.Learning.Features;

/// <summary>A claim's modality as the modality classifier sees it: the text before and after the cue, and the rules' reading.</summary>
public sealed class ModalityExample
{
    public string Label { get; set; } = "ASSERTED";
    public string Before { get; set; } = "";
    public string After { get; set; } = "";
    public string Opening { get; set; } = "";
    public string Cue { get; set; } = "";
    public string RuleModality { get; set; } = "";
}
