using System.Text.Json.Serialization;

namespace ClaimGraph.Core.Contract;

/// <summary>One sentence in the JSONL contract shared by gold annotations, extract output and eval input.</summary>
public sealed record ContractLine(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("doc")] string Doc,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("entities")] IReadOnlyList<ContractEntity> Entities,
    [property: JsonPropertyName("claims")] IReadOnlyList<ContractClaim> Claims);

public sealed record ContractEntity(
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("type")] string Type,
    [property: JsonPropertyName("canonical"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Canonical = null);

public sealed record ContractClaim(
    [property: JsonPropertyName("subject")] string Subject,
    [property: JsonPropertyName("predicate")] string Predicate,
    [property: JsonPropertyName("object")] string? Object,
    [property: JsonPropertyName("negated")] bool Negated,
    [property: JsonPropertyName("modality")] string Modality,
    [property: JsonPropertyName("source")] string? Source);
