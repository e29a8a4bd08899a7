using System.Text.Json;
using ClaimGraph.Core.Documents;
using ClaimGraph.Storage.Contract.Support;

namespace ClaimGraph.Storage.Contract.GraphQL;

/// <summary>One GraphQL request of the catalog and what its answer must show on the fixture (the sample and the corpus).</summary>
public sealed record ApiQuery(string Name, string Query, object? Variables, Action<JsonElement> Check)
{
    public override string ToString() => Name;
}

/// <summary>
/// Every query field of the API, with the nested fields a client asks for, on the fixture every store holds: the
/// sample document and the five corpus documents. Each store must answer each of them, and answer them alike.
/// Timestamps (ingestedAt) are left out: they say when, not what.
/// </summary>
public static class ApiQueries
{
    private const string ClaimFields =
        """
        id subjectText predicate objectText negated modality sourceText cue year cooperation conflict provenance confidence status
        subject { id name type } object { id name } source { id name }
        evidence { subjectStart subjectEnd objectStart objectEnd cueStart cueEnd }
        sentence { id index text start end document { name } }
        document { id name }
        reviews { id verdict }
        arguments { role link { id kind cue from { text start end sentence { id } claims { id } } to { text start end claims { id } } } }
        """;

    private static IReadOnlyList<AnalyzedDocument> Fixture => [TestDocuments.Sample(), .. TestDocuments.AllCorpus];

    private static string SampleId => TestDocuments.Sample().Id;

    private const string Biden = "000_7f31d1b3d6251144.txt";

    private static IEnumerable<Mention> Mentions => Fixture.SelectMany(d => d.Mentions);

    public static IReadOnlyList<ApiQuery> All { get; } =
    [
        new("stats", "{ stats { documents sentences mentions claims actors relations } }", null, data =>
        {
            Assert.Equal(Fixture.Count, data.Int("stats.documents"));
            Assert.Equal(Fixture.Sum(d => d.Sentences.Count), data.Int("stats.sentences"));
            Assert.Equal(Fixture.Sum(d => d.Mentions.Count), data.Int("stats.mentions"));
            Assert.Equal(Fixture.Sum(d => d.Claims.Count), data.Int("stats.claims"));
            Assert.Equal(Mentions.Select(m => m.Actor!.Key).Distinct().Count(), data.Int("stats.actors"));
        }),
        new("documents", """
            { documents(first: 10) { totalCount pageInfo { hasNextPage endCursor } edges { cursor }
                nodes { id name title url publishedAt sentenceCount claimCount authors { name affiliation role section } notes { marker text start end }
                  argumentLinks { id kind cue from { text start end } to { text start end } } claims(first: 3) { totalCount nodes { id } } } } }
            """, null, data =>
        {
            Assert.Equal(Fixture.Select(d => d.Input.Name).Order(StringComparer.Ordinal), data.Items("documents.nodes").Select(n => n.Text("name")));
            foreach (var node in data.Items("documents.nodes"))
            {
                var document = Fixture.Single(d => d.Id == node.Text("id"));
                Assert.Equal((document.Sentences.Count, document.Claims.Count), (node.Int("sentenceCount"), node.Int("claimCount")));
                Assert.Equal(document.Authors.Select(a => a.Name), node.Items("authors").Select(a => a.Text("name")));
                Assert.Equal(document.Notes.Count, node.Items("notes").Count);
                Assert.Equal(document.Links.Count, node.Items("argumentLinks").Count);
            }
            Assert.False(data.At("documents.pageInfo.hasNextPage").GetBoolean());
        }),
        new("document by id", "query($id: ID!) { document(id: $id) { name sentenceCount claims(first: 100) { totalCount nodes { id predicate } } } }",
            new { id = SampleId }, data =>
        {
            Assert.Equal("sample.txt", data.Text("document.name"));
            Assert.Equal(TestDocuments.Sample().Claims.Count, data.Int("document.claims.totalCount"));
        }),
        new("policies as actors", "{ actors(type: POLICY, first: 100) { totalCount nodes { id name type englishName qid mentionCount claimCount aliases { text count } } } }",
            null, data =>
        {
            var policies = Mentions.Where(m => m.Actor!.Type == EntityType.Policy).Select(m => m.Actor!.Key).Distinct().ToList();
            Assert.Equal(policies.Count, data.Int("actors.totalCount"));
            Assert.All(data.Items("actors.nodes"), n => Assert.Equal("POLICY", n.Text("type")));
        }),
        new("actors by a name's substring", """{ actors(search: "RCEP", first: 20) { totalCount nodes { id name aliases { text count } } } }""", null, data =>
            Assert.Contains(data.Items("actors.nodes"), n => n.Text("id") == "POLICY:区域全面经济伙伴关系协定")),
        new("actors page two", """{ actors(first: 5, after: "YzpDT1VOVFJZOue+juWbvQ==") { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }""", null, data =>
            Assert.All(data.Items("actors.nodes"), n => Assert.True(string.CompareOrdinal(n.Text("id"), "COUNTRY:美国") > 0))),
        new("actor by alias", """
            { actor(name: "美方") { id name type englishName qid mentionCount claimCount aliases { text count }
                relations(minClaims: 2) { other { id name } direction claims cooperation conflict firstYear lastYear byPredicate { predicate negated count } }
                policies { other { name } stance claims firstYear lastYear }
                claims(role: OBJECT, first: 5) { totalCount nodes { id object { id } } } } }
            """, null, data =>
        {
            Assert.Equal(("COUNTRY:美国", "美国", "United States"), (data.Text("actor.id"), data.Text("actor.name"), data.Text("actor.englishName")));
            var written = Mentions.Count(m => m.Text == "美国");
            Assert.Equal(written, Assert.Single(data.Items("actor.aliases"), a => a.Text("text") == "美国").Int("count"));
            Assert.NotEmpty(data.Items("actor.relations"));
            Assert.All(data.Items("actor.claims.nodes"), c => Assert.Equal("COUNTRY:美国", c.Text("object.id")));
        }),
        new("actor by id with claims by predicate", """{ actor(id: "COUNTRY:中国") { name claims(predicate: OPPOSES, first: 100) { totalCount nodes { predicate subject { id } object { id } } } } }""",
            null, data =>
        {
            Assert.Equal("中国", data.Text("actor.name"));
            Assert.All(data.Items("actor.claims.nodes"), c => Assert.Equal("OPPOSES", c.Text("predicate")));
        }),
        new("policies", """{ policies(search: "战略", first: 50) { id name englishName claimCount aliases { text count } } }""", null, data =>
        {
            Assert.NotEmpty(data.Items("policies"));
            Assert.All(data.Items("policies"), p => Assert.True(
                p.Text("name")!.Contains("战略", StringComparison.Ordinal) || p.Items("aliases").Any(a => a.Text("text")!.Contains("战略", StringComparison.Ordinal)), p.ToString()));
        }),
        new("policy with its supporters", """
            { policy(name: "RCEP") { id name englishName qid claimCount aliases { text count }
                supporters { other { name } stance claims firstYear lastYear } opponents { other { name } claims }
                continuations { other { name } claims } changes { other { name } claims } asActor { id claimCount } } }
            """, null, data =>
        {
            Assert.Equal("区域全面经济伙伴关系协定", data.Text("policy.name"));
            Assert.Contains(data.Items("policy.supporters"), s => s.Text("other.name") == "东盟");
        }),
        new("claims by subject and object", $$"""{ claims(subject: "拜登政府", object: "特朗普政府", first: 100) { totalCount nodes { {{ClaimFields}} } } }""", null, data =>
        {
            Assert.NotEmpty(data.Items("claims.nodes"));
            Assert.All(data.Items("claims.nodes"), c => Assert.Equal(("拜登政府", "特朗普政府"), (c.Text("subject.name"), c.Text("object.name"))));
            Assert.Contains(data.Items("claims.nodes"), c => c.Text("predicate") == "CONTINUES");
        }),
        new("claims by source", $$"""{ claims(source: "马凯硕", first: 100) { totalCount nodes { {{ClaimFields}} } } }""", null, data =>
            Assert.Contains(data.Items("claims.nodes"), c => c.Text("source.name") == "马凯硕" && c.Text("document.name") == "sample.txt")),
        new("denied claims by predicate", $$"""{ claims(predicate: COOPERATES, negated: true, first: 100) { totalCount nodes { {{ClaimFields}} } } }""", null, data =>
        {
            Assert.All(data.Items("claims.nodes"), c => Assert.Equal(("COOPERATES", "True"), (c.Text("predicate"), c.Text("negated"))));
            Assert.Contains(data.Items("claims.nodes"), c => (c.Text("subject.name"), c.Text("object.name")) == ("美国", "中国"));
        }),
        new("claims by modality in a document", "query($id: ID!) { claims(modality: HYPOTHETICAL, document: $id, first: 100) { totalCount nodes { id modality document { id } } } }",
            new { id = SampleId }, data =>
                Assert.Equal(TestDocuments.Sample().Claims.Count(c => c.Modality == Modality.Hypothetical), data.Int("claims.totalCount"))),
        new("claims by sentence text", """{ claims(text: "实施制裁", first: 100) { totalCount nodes { id sentence { text } } } }""", null, data =>
        {
            Assert.NotEmpty(data.Items("claims.nodes"));
            Assert.All(data.Items("claims.nodes"), c => Assert.Contains("实施制裁", c.Text("sentence.text")));
        }),
        new("claims page two", """{ claims(first: 7, after: "Yzo3") { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id } } } }""", null, data =>
            Assert.All(data.Items("claims.edges"), e => Assert.True(long.Parse(e.Text("node.id")!) > 7))),
        new("claim by id", $$"""{ claim(id: "2") { {{ClaimFields}} } }""", null, data => Assert.Equal("2", data.Text("claim.id"))),
        new("network around an actor", """
            { network(actors: ["美国"], depth: 2, minWeight: 2) { nodes { id name type englishName claims }
                edges { source target predicate negated count cooperation conflict firstYear lastYear } } }
            """, null, data =>
        {
            var nodes = data.Items("network.nodes").Select(n => n.Text("id")).ToHashSet();
            Assert.Contains("COUNTRY:美国", nodes);
            Assert.All(data.Items("network.edges"), e => Assert.True(e.Int("count") >= 2 && nodes.Contains(e.Text("source")) && nodes.Contains(e.Text("target"))));
        }),
        new("network of one predicate", "{ network(predicates: [OPPOSES], includeNegated: true) { nodes { id claims } edges { source target predicate negated count } } }", null, data =>
        {
            Assert.NotEmpty(data.Items("network.edges"));
            Assert.All(data.Items("network.edges"), e => Assert.Equal("OPPOSES", e.Text("predicate")));
        }),
        new("network of a slice", """
            { network(modalities: [PREDICTED, PRESCRIBED, ASSERTED], from: 2017, to: 2022) { nodes { id claims }
                edges { source target predicate negated count cooperation conflict firstYear lastYear } } }
            """, null, data =>
        {
            Assert.NotEmpty(data.Items("network.edges"));
            Assert.All(data.Items("network.edges"), e => Assert.InRange(e.Int("firstYear"), 2017, e.Int("lastYear")));
            Assert.All(data.Items("network.edges"), e => Assert.InRange(e.Int("lastYear"), e.Int("firstYear"), 2022));
        }),
        new("network of one document", "query($id: ID!) { network(document: $id) { nodes { id } edges { source target predicate count } } }",
            new { id = TestDocuments.Corpus(Biden).Id }, data => Assert.NotEmpty(data.Items("network.edges"))),
        new("claims by year with their sentences' original text", "{ claims(from: 2021, to: 2021, first: 100) { totalCount nodes { id year time { year } sentence { text originalText } } } }",
            null, data =>
        {
            // from/to slice by claim time, which a sentence may give without naming a year (拜登上台后 is 2021-01).
            Assert.NotEmpty(data.Items("claims.nodes"));
            Assert.All(data.Items("claims.nodes"), c => Assert.Equal(2021, c.Int("time.year")));
            Assert.Contains(data.Items("claims.nodes"), c => c.At("year").ValueKind == System.Text.Json.JsonValueKind.Number && c.Int("year") == 2021);
            Assert.All(data.Items("claims.nodes"), c => Assert.False(string.IsNullOrEmpty(c.Text("sentence.originalText"))));
        }),
        new("documents with their dates and title references", """
            { documents(first: 10) { nodes { id name date { value precision evidence evidenceStart evidenceEnd confidence rule unknownReason }
                titleReferences { title office at holderId holderName holderQid namedId consistent start end sentence { id } } } } }
            """, null, data =>
        {
            var dates = data.Items("documents.nodes").ToDictionary(n => n.Text("name")!, n => n.At("date"));
            Assert.Equal(("2022-04-18", "DAY", "received-date"), (dates["002_648fd424058401db.txt"].Text("value"), dates["002_648fd424058401db.txt"].Text("precision"), dates["002_648fd424058401db.txt"].Text("rule")));
            Assert.Equal(("2020-11-10", "page-timestamp"), (dates["003_1efdb12d51446c5e.txt"].Text("value"), dates["003_1efdb12d51446c5e.txt"].Text("rule")));
            Assert.Equal(("none", false), (dates["sample.txt"].Text("rule"), string.IsNullOrEmpty(dates["sample.txt"].Text("unknownReason"))));
            foreach (var node in data.Items("documents.nodes"))
                Assert.Equal(Fixture.Single(d => d.Id == node.Text("id")).Titles.Count, node.Items("titleReferences").Count);
        }),
        new("claims with their time", "{ claims(from: 2017, to: 2020, first: 100) { totalCount nodes { id time { value precision year source expression } } } }", null, data =>
        {
            Assert.NotEmpty(data.Items("claims.nodes"));
            Assert.All(data.Items("claims.nodes"), c => Assert.InRange(c.Int("time.year"), 2017, 2020));
            Assert.Contains(data.Items("claims.nodes"), c => c.Text("time.source") == "SENTENCE" && c.Text("time.expression") is not null);
        }),
        new("an actor in time", """
            { actor(name: "美国") { id mergedFrom { surface rule count } timeline { year claims cooperation conflict }
                relations(from: 2021, to: 2024) { other { id } direction claims cooperation conflict firstYear lastYear } } }
            """, null, data =>
        {
            Assert.Contains(data.Items("actor.mergedFrom"), m => m.Text("surface") == "美国" && m.Int("count") == Mentions.Count(x => x.Text == "美国" && x.Actor!.Key == "COUNTRY:美国" && x.Provenance.Source == m.Text("rule")));
            var years = data.Items("actor.timeline").Select(t => t.Int("year")).ToList();
            Assert.True(years.Count >= 2);
            Assert.Equal(years.Order(), years);
            Assert.NotEmpty(data.Items("actor.relations"));
            Assert.All(data.Items("actor.relations"), r => Assert.InRange(r.Int("firstYear"), 2021, r.Int("lastYear")));
            Assert.All(data.Items("actor.relations"), r => Assert.InRange(r.Int("lastYear"), r.Int("firstYear"), 2024));
        }),
        new("path", """{ path(from: "拜登政府", to: "中国", maxHops: 4) { hops actors { id name } steps { source { name } target { name } predicate claims evidence { id cue } } } }""",
            null, data =>
        {
            var actors = data.Items("path.actors");
            Assert.Equal(("拜登政府", "中国"), (actors[0].Text("name"), actors[^1].Text("name")));
            Assert.All(data.Items("path.steps"), s => Assert.NotEmpty(s.Items("evidence")));
        }),
        new("ranked search", "{ search(text: \"印太战略\", first: 5) { rank sentence { id index text start end document { name } claims { id } } claims { id predicate } } }", null, data =>
        {
            var hits = data.Items("search");
            Assert.Equal(5, hits.Count);
            Assert.All(hits, h => Assert.Contains("印太战略", h.Text("sentence.text")));
            var ranks = hits.Select(h => h.At("rank").GetDouble()).ToList();
            Assert.Equal(ranks.Order(), ranks);
        }),
        new("short search", "{ search(text: \"日本\", first: 10) { rank sentence { id text } } }", null, data =>
        {
            Assert.Equal(10, data.Items("search").Count);
            Assert.All(data.Items("search"), h => Assert.Contains("日本", h.Text("sentence.text")));
        }),
    ];

    public static TheoryData<string> Names => [.. All.Select(q => q.Name)];

    public static ApiQuery Named(string name) => All.Single(q => q.Name == name);
}
