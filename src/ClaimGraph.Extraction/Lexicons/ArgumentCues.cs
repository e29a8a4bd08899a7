using System.Text.Json;

namespace ClaimGraph.Extraction.Lexicons;

/// <summary>Connectives that mark argument structure (argument-cues.json).</summary>
public sealed record ArgumentCues
{
    /// <summary>Open a premise (由于, 因为, 鉴于): the unit they open supports what follows.</summary>
    public IReadOnlyList<string> Premise { get; init; } = [];

    /// <summary>Open a conclusion (因此, 所以): the unit they open is supported by what precedes.</summary>
    public IReadOnlyList<string> Conclusion { get; init; } = [];

    /// <summary>Open a concession (尽管, 虽然): the unit contrasts with the next.</summary>
    public IReadOnlyList<string> Concession { get; init; } = [];

    /// <summary>Open a contrast (但, 然而): the unit contrasts with what precedes.</summary>
    public IReadOnlyList<string> Contrast { get; init; } = [];

    /// <summary>Open an elaboration (具体而言, 例如, 首先): the unit elaborates what precedes.</summary>
    public IReadOnlyList<string> Elaboration { get; init; } = [];

    public ArgumentCues Folded(Func<string, string> fold) => this with
    {
        Premise = Premise.Select(fold).ToList(),
        Conclusion = Conclusion.Select(fold).ToList(),
        Concession = Concession.Select(fold).ToList(),
        Contrast = Contrast.Select(fold).ToList(),
        Elaboration = Elaboration.Select(fold).ToList(),
    };

    public static ArgumentCues Read(string json) =>
        JsonSerializer.Deserialize<ArgumentCues>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
        ?? throw new InvalidDataException("argument-cues.json is empty");
}
