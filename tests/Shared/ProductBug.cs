namespace ClaimGraph.Tests.Shared;

/// <summary>
/// Trait for tests that state correct behaviour the product does not have yet, in code the test suite may not
/// change (Extraction, Learning, Cli). They fail until the product is fixed; run the rest with
/// <c>dotnet test --filter "Category!=ProductBug"</c>.
/// </summary>
public static class ProductBug
{
    public const string Category = "Category";
    public const string Name = "ProductBug";
}
