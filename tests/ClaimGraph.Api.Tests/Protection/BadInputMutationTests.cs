using ClaimGraph.Api.Tests.Support;
using ClaimGraph.Core.Input;

namespace ClaimGraph.Api.Tests.Protection;

/// <summary>
/// ingestDocument with the inputs analysts scrape: text that cannot be a document gets INVALID_DOCUMENT and changes
/// nothing; odd but real text (markup soup, emoji, right-to-left, combining marks, mixed scripts) is stored whole.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class BadInputMutationTests(ApiHostFixture api)
{
    private const string Ingest =
        """
        mutation($input: IngestDocumentInput!) {
          ingestDocument(input: $input) { status document { id sentenceCount } claims { subject { name } predicate } }
        }
        """;

    public static TheoryData<string, string> Refused => new()
    {
        { "control characters (binary decoded as text)", string.Concat(Enumerable.Repeat("\u0001\u0002\u0003\u0004美国", 50)) },
        { "replacement characters (decoded from another encoding)", string.Concat(Enumerable.Repeat("\uFFFD\uFFFD美", 60)) },
        { "more characters than the limit", new string('美', DocumentText.MaxCharacters + 1) },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task refuses_text_that_cannot_be_a_document_with_invalid_document(string what, string text)
    {
        var before = await api.Store.StatsAsync();

        var response = await api.Client.PostGraphQLAsync(Ingest, new { input = new { title = what, text } });

        Assert.Equal("INVALID_DOCUMENT", Assert.Single(response.ErrorCodes));
        Assert.Equal(before, await api.Store.StatsAsync());
    }

    public static TheoryData<string, string> Stored => new()
    {
        { "html soup", "<html><head><script>var a = '<p>';</script><style>p{}</style></head><body><div><p>美国与日本<b>加强</b>合作。<p>中国反对<i>霸权主义</i>。<br><br></div><!-- 注释 --><table><tr><td>东盟推动RCEP。" },
        { "emoji, right-to-left and combining marks", "美国🇺🇸与日本🇯🇵加强合作👍。שלום עליכם مرحبا。中国反对霸权主义é̂ñ。🧑‍🤝‍🧑东盟推动RCEP。" },
        { "mixed traditional, simplified and latin", "美國與日本加強合作。美国与日本加强合作。The United States (美国) cooperates with Japan。拜登政府延續特朗普政府的印太戰略。" },
    };

    [Theory]
    [MemberData(nameof(Stored))]
    public async Task stores_odd_but_real_text_whole(string what, string text)
    {
        var before = await api.Store.StatsAsync();

        var ingested = (await api.Client.PostGraphQLAsync(Ingest, new { input = new { title = what, name = $"odd-{what.Length}.txt", text } })).Ok().GetProperty("ingestDocument");
        var id = ingested.Str("document", "id")!;
        try
        {
            Assert.Equal("INSERTED", ingested.Str("status"));
            Assert.True(ingested.GetProperty("document").GetProperty("sentenceCount").GetInt32() > 0);
            Assert.Contains(ingested.Items("claims"), c => c.Str("subject", "name") is "美国" or "中国" or "东盟" or "拜登政府");
            var mentions = await api.Store.MentionsAsync(id);
            Assert.NotEmpty(mentions);
            Assert.All(mentions, m => Assert.Equal(text[m.Start..m.End], m.Surface));
            Assert.Equal(before.Documents + 1, (await api.Store.StatsAsync()).Documents);
        }
        finally
        {
            await api.Store.DeleteDocumentAsync(id);
        }
    }
}
