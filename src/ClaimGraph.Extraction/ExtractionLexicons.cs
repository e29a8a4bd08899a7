using ClaimGraph.Extraction.Lexicons;
using ClaimGraph.Extraction.Normalize;

namespace ClaimGraph.Extraction;

/// <summary>All data the rules run on, loaded once from the lexicon files.</summary>
public sealed record ExtractionLexicons(
    Gazetteer Gazetteer,
    NamePatterns NamePatterns,
    ClaimCues ClaimCues,
    ArgumentCues ArgumentCues,
    RelationWeights RelationWeights,
    MatchingKey Key)
{
    /// <summary>Who held which office when (offices.json), for reading a bare title as a person.</summary>
    public Offices Offices { get; init; } = Offices.Empty;

    private static readonly Lazy<ExtractionLexicons> s_default = new(() => Load(new LexiconFiles()));

    /// <summary>The lexicons embedded in the product.</summary>
    public static ExtractionLexicons Default => s_default.Value;

    public static ExtractionLexicons Load(LexiconFiles files)
    {
        var folding = ScriptFoldingReader.Read(files.ReadAllText("hant-hans.tsv"));
        var key = new MatchingKey(folding);
        return new ExtractionLexicons(
            new Gazetteer(GazetteerReader.Read(files.ReadAllText("gazetteer.json")), key.Of),
            NamePatterns.Read(files.ReadAllText("name-patterns.json")).Folded(key.Of),
            ClaimCues.Read(files.ReadAllText("claim-cues.json")).Folded(key.Of),
            ArgumentCues.Read(files.ReadAllText("argument-cues.json")).Folded(key.Of),
            RelationWeights.Read(files.ReadAllText("relation-weights.json")),
            key)
        {
            Offices = Offices.Read(files.ReadAllText("offices.json"), key.Of),
        };
    }

    /// <summary>The same lexicons with some gazetteer entries left out (to see what patterns find alone).</summary>
    public ExtractionLexicons WithoutEntries(Func<GazetteerEntry, bool> exclude) =>
        this with { Gazetteer = Gazetteer.Without(exclude, Key.Of) };
}
