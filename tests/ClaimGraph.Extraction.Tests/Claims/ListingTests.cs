using ClaimGraph.Core.Documents;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Claims;

/// <summary>Putting a name on a sanction list that is itself a named policy (实体清单) confronts it.</summary>
public sealed class ListingTests
{
    [Theory]
    [InlineData("2019年5月，美国商务部将华为列入“实体清单”。", "美国商务部", "华为")]
    [InlineData("华盛顿已将华为、中芯国际等中国企业陆续列入实体清单。", "华盛顿", "中芯国际")]
    public void reads_putting_a_name_on_the_list_as_confronting_it(string text, string subject, string listed)
    {
        var document = Extract.Sentence(text);

        Assert.Contains(document.Claims, c => document.Triple(c) == (subject, Predicate.Confronts, listed));
    }

    [Fact]
    public void reads_the_list_named_alone_as_no_act()
    {
        var document = Extract.Sentence("美国商务部更新了实体清单的规则。");

        Assert.DoesNotContain(document.Claims, c => c.Predicate == Predicate.Confronts);
    }
}
