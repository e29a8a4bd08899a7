namespace ClaimGraph.Core.Documents;

/// <summary>The five entity types of the annotation contract.</summary>
public enum EntityType
{
    Country,
    Person,
    Administration,
    Organization,
    Policy,
}
