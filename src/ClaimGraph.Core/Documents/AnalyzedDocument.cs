using System.Security.Cryptography;
using System.Text;
using ClaimGraph.Core.Text;

namespace ClaimGraph.Core.Documents;

/// <summary>A document as it moves through the pipeline; each stage returns a new value with its part filled in.</summary>
public sealed record AnalyzedDocument
{
    public AnalyzedDocument(DocumentInput input)
    {
        Input = input;
        Id = ContentId(input.Text);
    }

    public DocumentInput Input { get; }

    /// <summary>Stable identity: a hash of the original text, so re-ingesting the same text is a no-op.</summary>
    public string Id { get; }

    public string Original => Input.Text;

    public NormalizedText? Normalized { get; init; }
    public string? Title { get; init; }

    /// <summary>When the document was written, or why that is unknown; null until the metadata stage has run.</summary>
    public DocumentDate? Date { get; init; }

    public IReadOnlyList<Author> Authors { get; init; } = [];
    public IReadOnlyList<Note> Notes { get; init; } = [];
    public IReadOnlyList<Sentence> Sentences { get; init; } = [];
    public IReadOnlyList<Mention> Mentions { get; init; } = [];
    public IReadOnlyList<Claim> Claims { get; init; } = [];
    public IReadOnlyList<ArgumentLink> Links { get; init; } = [];

    /// <summary>Office titles read as the person holding the office at the time (美国总统 in 2019: 特朗普).</summary>
    public IReadOnlyList<TitleReference> Titles { get; init; } = [];

    public NormalizedText RequireNormalized() =>
        Normalized ?? throw new InvalidOperationException("The document has not been normalized.");

    public static string ContentId(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
