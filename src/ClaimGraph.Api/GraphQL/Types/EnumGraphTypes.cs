using ClaimGraph.Core.Documents;
using ClaimGraph.Storage.Queries;
using GraphQL.Types;

namespace ClaimGraph.Api.GraphQL.Types;

/// <summary>The contract's names as GraphQL enums (values are the upper-case strings the store uses).</summary>
public abstract class ContractEnumGraphType<T> : EnumerationGraphType where T : struct, Enum
{
    protected ContractEnumGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        foreach (var value in Enum.GetValues<T>()) Add(ContractNames.Of(value), ContractNames.Of(value));
    }
}

public sealed class PredicateGraphType() : ContractEnumGraphType<Predicate>("Predicate", "The eight claim predicates.");

public sealed class ModalityGraphType() : ContractEnumGraphType<Modality>("Modality", "Asserted fact, prediction, prescription or hypothesis.");

public sealed class EntityTypeGraphType() : ContractEnumGraphType<EntityType>("EntityType", "Country, person, administration, organization or policy.");

public sealed class LinkKindGraphType() : ContractEnumGraphType<LinkKind>("ArgumentKind", "Premise → conclusion (SUPPORTS), CONTRASTS, ELABORATES.");

public sealed class ClaimRoleGraphType : EnumerationGraphType<ClaimRole>
{
    public ClaimRoleGraphType() => Name = "ClaimRole";
}
