namespace ClaimGraph.Storage.Export;

public enum ExportFormat
{
    Cypher,
    GraphMl,
    Json,
    Csv,
}
