using System.Text;
using ClaimGraph.Core.Documents;
using ClaimGraph.Core.Text;
using ClaimGraph.Extraction.Tests.Support;

namespace ClaimGraph.Extraction.Tests.Corpus;

/// <summary>Properties every analyzed corpus document must have, whatever the rules find in it.</summary>
public sealed class CorpusOffsetTests
{
    [Theory]
    [MemberData(nameof(CorpusDocuments.Names), MemberType = typeof(CorpusDocuments))]
    public void every_mention_s_original_span_spells_its_text_once_footnotes_and_white_space_are_left_out(string name)
    {
        var document = CorpusDocuments.Get(name);
        Assert.NotEmpty(document.Mentions);

        var wrong = document.Mentions
            .Select(m => (Mention: m, Spelled: Spelled(document, m.Original)))
            .Where(x => x.Spelled != WithoutWhiteSpace(x.Mention.Text))
            .Select(x => $"{x.Mention.Text} at {x.Mention.Original} spells '{x.Spelled}'")
            .ToList();

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(10)));
    }

    [Theory]
    [MemberData(nameof(CorpusDocuments.Names), MemberType = typeof(CorpusDocuments))]
    public void every_mention_s_original_span_starts_and_ends_with_its_text_and_holds_all_of_it_in_order(string name)
    {
        var document = CorpusDocuments.Get(name);

        foreach (var m in document.Mentions)
        {
            var original = document.Original[m.Original.Start..m.Original.End];
            Assert.True(original.Length > 0 && original[0] == m.Text[0] && original[^1] == m.Text[^1] && IsSubsequence(m.Text, original),
                $"mention {m.Id} '{m.Text}' selects '{original}'");
        }
    }

    [Theory]
    [MemberData(nameof(CorpusDocuments.Names), MemberType = typeof(CorpusDocuments))]
    public void every_span_lies_inside_the_text_it_indexes(string name)
    {
        var document = CorpusDocuments.Get(name);
        var original = new Span(0, document.Original.Length);
        var normalized = new Span(0, document.RequireNormalized().Text.Length);
        var sentences = document.Sentences.ToDictionary(s => s.Index);

        Assert.All(document.Sentences, s =>
        {
            Assert.True(original.Contains(s.Original) && normalized.Contains(s.Local) && s.Local.Length > 0, $"sentence {s.Index} {s.Local} {s.Original}");
            Assert.All(s.Clauses, c => Assert.True(s.Local.Contains(c), $"clause {c} outside sentence {s.Index} {s.Local}"));
        });
        foreach (var m in document.Mentions)
        {
            var sentence = sentences[m.Sentence];
            Assert.True(sentence.Local.Contains(m.Local) && sentence.Original.Contains(m.Original), $"mention {m.Id} '{m.Text}' outside sentence {m.Sentence}");
            Assert.Equal(m.Text, document.RequireNormalized().Text[m.Local.Start..m.Local.End]);
        }
        Assert.All(document.Notes, n => Assert.True(original.Contains(n.Original) && n.Original.Length > 0, $"note {n.Marker} {n.Original}"));
        Assert.All(document.Links, l => Assert.True(
            sentences[l.FromSentence].Local.Contains(l.From) && sentences[l.ToSentence].Local.Contains(l.To),
            $"link {l.Kind} {l.From}->{l.To} outside its sentences"));
    }

    [Theory]
    [MemberData(nameof(CorpusDocuments.Names), MemberType = typeof(CorpusDocuments))]
    public void every_claim_refers_to_mentions_that_exist(string name)
    {
        var document = CorpusDocuments.Get(name);
        var mentions = document.Mentions.ToDictionary(m => m.Id);
        var sentences = document.Sentences.ToDictionary(s => s.Index);

        foreach (var c in document.Claims)
        {
            Assert.True(mentions.TryGetValue(c.Subject, out var subject), $"claim {c.Id}: no subject mention {c.Subject}");
            Assert.Equal(c.Sentence, subject.Sentence);
            if (c.Object is { } o)
            {
                Assert.True(mentions.TryGetValue(o, out var obj), $"claim {c.Id}: no object mention {o}");
                Assert.Equal(c.Sentence, obj.Sentence);
            }
            if (c.Source is { } s) Assert.True(mentions.ContainsKey(s), $"claim {c.Id}: no source mention {s}");
            Assert.True(sentences[c.Sentence].Local.Contains(c.Cue), $"claim {c.Id}: cue {c.Cue} outside its sentence");
            Assert.NotNull(subject.Actor);
        }
        Assert.Equal(Enumerable.Range(0, document.Claims.Count), document.Claims.Select(c => c.Id));
    }

    [Theory]
    [MemberData(nameof(CorpusDocuments.Names), MemberType = typeof(CorpusDocuments))]
    public void every_mention_is_resolved_to_an_actor_of_its_type(string name)
    {
        var document = CorpusDocuments.Get(name);

        Assert.All(document.Mentions, m =>
        {
            Assert.NotNull(m.Actor);
            Assert.Equal(m.Type, m.Actor.Type);
        });
    }

    /// <summary>The characters an original span selects, leaving out footnote bodies, markers and white space.</summary>
    private static string Spelled(AnalyzedDocument document, Span span)
    {
        var text = new StringBuilder();
        for (var i = span.Start; i < span.End; i++)
        {
            var c = document.Original[i];
            if (char.IsWhiteSpace(c) || c is >= '\u2460' and <= '\u2473' || document.Notes.Any(n => n.Original.Contains(i))) continue;
            text.Append(c);
        }
        return text.ToString();
    }

    private static string WithoutWhiteSpace(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    private static bool IsSubsequence(string part, string whole)
    {
        var j = 0;
        foreach (var c in whole)
            if (j < part.Length && c == part[j]) j++;
        return j == part.Length;
    }
}
