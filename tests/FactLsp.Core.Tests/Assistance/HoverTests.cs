using FactLsp.Core.Assistance;
using FactLsp.Core.Model;
using Xunit.Abstractions;

namespace FactLsp.Core.Tests.Assistance;

public class HoverTests(ITestOutputHelper output)
{
    private const string Front = "---\ntitle: Test\ndate: 2019-01-25\n---\n";

    private const string Khalil = """
Redur Khalil, a senior Kurdish official, said the gains heralded a new phase.
[“Geographically, the noose is tightening around IS,”]{.quote by=redur-khalil src=dawn-2019-01-24} he said.
""";

    private static string Workspace(string article, string? extra = null) =>
        Fixture.File("people.yaml", ExampleFiles.People)
        + Fixture.File("sources/dawn-2019-01-24.txt", ExampleFiles.DawnSource)
        + Fixture.File("articles/a.md", article)
        + (extra ?? string.Empty);

    private string Hover(FixtureWorkspace workspace)
    {
        var hover = HoverProvider.Find(workspace.Snapshot, workspace.CursorPath, workspace.CursorOffset);
        Assert.NotNull(hover);
        output.WriteLine(hover.Markdown);
        return hover.Markdown;
    }

    [Fact]
    public void Khalils_quote_shows_speaker_source_verdict_and_passage_in_context()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + Khalil.Replace("the noose is", "the noose $0is")));
        var hover = Hover(w);

        Assert.StartsWith("**Quote, verified**", hover);
        Assert.Contains("**Speaker:** Redur Khalil, senior Kurdish official; senior official, Syrian Democratic Council", hover);
        Assert.Contains("as in the source", hover);
        Assert.Contains("*Kurdish-led fighters overrun last IS village in Syria* `dawn-2019-01-24`, Dawn / AFP, article, 2019-01-24: 1 day before the article", hover);
        // The passage in bold, the sentence before and the sentence after it around it.
        Assert.Contains("> Redur Khalil, a senior Kurdish official, said the latest gains only heralded a new phase in the fight against the jihadists. “**Geographically, the noose is tightening around IS**,” he said. “But we have to repeat it: the geographical end of IS does not mean the organisation is terminated.”", hover);
        Assert.DoesNotContain("Erdogan", hover);
    }

    [Fact]
    public void Putins_dear_friend_is_bold_in_its_sentence_with_the_next_one_as_context()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "In Moscow, Putin greeted Erdogan as a [“dear $0friend”]{.quote by=vladimir-putin src=dawn-2019-01-24 at=\"para. 7\"}.\n"));
        var hover = Hover(w);

        Assert.StartsWith("**Quote, verified**", hover);
        Assert.Contains("Vladimir Putin, President of Russia; President, Russian Federation", hover);
        Assert.Contains("> At the start of their meeting in the Kremlin, Putin addressed Erdogan as “**dear friend**”, saying", hover);
        Assert.Contains("Erdogan used the same term for Putin", hover);
        // The paragraph ends there: no ellipsis.
        Assert.EndsWith("security of the region”.", hover);
        // Context stays inside the paragraph: the paragraph before is not shown.
        Assert.DoesNotContain("Russia and Turkey have agreed", hover);
    }

    [Fact]
    public void A_misquote_gives_its_similarity_and_the_source_words()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "Khalil said [“Geographically, the noose is $0closing around IS,”]{.quote by=redur-khalil src=dawn-2019-01-24}\n"));
        var hover = Hover(w);

        Assert.Matches(@"^\*\*Misquote\*\*: \d+% similar; the source says “Geographically, the noose is tightening around IS", hover);
        Assert.Contains("**Geographically, the noose is tightening around IS**", hover);
    }

    [Fact]
    public void Omissions_are_named()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "Khalil said [“Geographically, … the geographical $0end of IS does not mean the organisation is terminated”]{.quote by=redur-khalil src=dawn-2019-01-24}.\n"));
        var hover = Hover(w);

        Assert.StartsWith("**Quote, verified with omissions**: leaves out “the noose is tightening around IS,” he said. “But we have to repeat it:”", hover);
        // Both pieces are bold, the omitted words between them are not.
        Assert.Contains("**Geographically,**", hover);
        Assert.Contains("**the geographical end of IS does not mean the organisation is terminated**", hover);
        Assert.DoesNotContain("**the noose", hover);
    }

    [Fact]
    public void Words_not_in_the_source_are_not_found()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "He added that [“the organisation is $0finished for good”]{.quote by=redur-khalil src=dawn-2019-01-24}.\n"));
        var hover = Hover(w);

        Assert.StartsWith("**Quote, not found**: these words are not in the source", hover);
        Assert.DoesNotContain("> ", hover);
    }

    [Fact]
    public void A_source_without_text_is_unverifiable_and_says_why()
    {
        using var w = FixtureWorkspace.Create(Workspace("""
---
date: 2019-01-25
sources:
  afp-wire: {title: "AFP wire", publisher: AFP, date: 2019-01-23}
---
An adviser called it [“a turning $0point for the region”]{.quote by=recep-tayyip-erdogan src=afp-wire}.
"""));
        var hover = Hover(w);

        Assert.StartsWith("**Quote, unverifiable**: `afp-wire` has no text to check against.", hover);
        Assert.Contains("*AFP wire* `afp-wire`, AFP, article, 2019-01-23: 2 days before the article", hover);
    }

    [Fact]
    public void A_translation_is_unverifiable_and_says_why()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "[“notre solidarité $0apporte”]{.quote by=recep-tayyip-erdogan src=dawn-2019-01-24 lang=fr}\n"));
        var hover = Hover(w);

        Assert.StartsWith("**Quote, unverifiable**: the quote is printed in `fr` but the source is in `en`", hover);
    }

    [Fact]
    public void A_term_is_not_checked()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "Turkey wants a [“security $0zone”]{.term} in northern Syria.\n"));
        Assert.StartsWith("**Term**", Hover(w));
    }

    [Fact]
    public void A_claim_shows_its_status_and_evidence()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "[Kurdish-led fighters $0overran the last village]{.claim src=dawn-2019-01-24 status=verified evidence=\"overran the last village held by the IS in Syria\"}\n"));
        var hover = Hover(w);

        Assert.StartsWith("**Claim (status: verified), verified**: the evidence is in the source.", hover);
        Assert.Contains("**overran the last village held by the IS in Syria**", hover);
    }

    [Fact]
    public void A_by_id_shows_the_person_and_how_often_the_workspace_quotes_them()
    {
        var second = Fixture.File("articles/b.md", Front + Khalil + "\n[“Our battle is still long”]{.quote by=redur-khalil src=dawn-2019-01-24}\n");
        using var w = FixtureWorkspace.Create(Workspace(Front + Khalil.Replace("by=redur-khalil", "by=redur-$0khalil"), second));
        var hover = HoverProvider.Find(w.Snapshot, w.CursorPath, w.CursorOffset)!;
        output.WriteLine(hover.Markdown);

        Assert.StartsWith("**Redur Khalil** `redur-khalil`", hover.Markdown);
        Assert.Contains("senior Kurdish official; senior official, Syrian Democratic Council", hover.Markdown);
        Assert.Contains("Also known as Khalil.", hover.Markdown);
        Assert.EndsWith("Quoted 3 times in 2 articles.", hover.Markdown);
        Assert.Equal("redur-khalil", w.Text("articles/a.md").Substring(hover.Span.Start, hover.Span.Length));
    }

    [Fact]
    public void A_people_key_shows_the_person_too()
    {
        using var w = FixtureWorkspace.Create(
            Fixture.File("people.yaml", "vladimir-$0putin:\n  name: Vladimir Putin\n  description: President of Russia\nnobody:\n  name: No Body\n")
            + Fixture.File("sources/dawn-2019-01-24.txt", ExampleFiles.DawnSource)
            + Fixture.File("articles/a.md", Front + "[“dear friend”]{.quote by=vladimir-putin src=dawn-2019-01-24}\n"));
        var hover = Hover(w);

        Assert.StartsWith("**Vladimir Putin** `vladimir-putin`", hover);
        Assert.EndsWith("Quoted 1 time in 1 article.", hover);
    }

    [Fact]
    public void An_unknown_by_id_suggests_the_nearest()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + Khalil.Replace("by=redur-khalil", "by=redur-ka$0lil")));
        Assert.Equal("No one is registered as `redur-kalil`. Did you mean `redur-khalil`?", Hover(w));
    }

    [Fact]
    public void A_src_id_shows_the_source_and_how_often_it_is_cited()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + Khalil.Replace("src=dawn-2019-01-24", "src=dawn-$02019-01-24") + "\n[“caliphate”]{.term src=dawn-2019-01-24}\n"));
        var hover = Hover(w);

        Assert.StartsWith("*Kurdish-led fighters overrun last IS village in Syria* `dawn-2019-01-24`", hover);
        Assert.Contains("Dawn / AFP, article, 2019-01-24: 1 day before the article", hover);
        Assert.Contains("<https://www.dawn.com/news/1459326>", hover);
        Assert.EndsWith("Cited 2 times in 1 article.", hover);
    }

    [Fact]
    public void A_source_file_id_shows_the_source_but_its_body_does_not()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + Khalil).Replace("id: dawn-2019-01-24", "id: dawn-$02019-01-24"));
        Assert.StartsWith("*Kurdish-led fighters", Hover(w));
        var body = w.Text("sources/dawn-2019-01-24.txt").IndexOf("BEIRUT", StringComparison.Ordinal);
        Assert.Null(HoverProvider.Find(w.Snapshot, "sources/dawn-2019-01-24.txt", body));
    }

    [Fact]
    public void Prose_outside_annotations_has_no_hover()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + Khalil.Replace("a senior", "a $0senior")));
        Assert.Null(HoverProvider.Find(w.Snapshot, w.CursorPath, w.CursorOffset));
    }

    [Fact]
    public void Markdown_in_the_source_is_escaped()
    {
        var source = "---\nid: memo\ntitle: \"A *memo* [draft]\"\ndate: 2019-01-20\n---\nThe plan_b was <secret> and *urgent*. He said “we act now” and left. 1. Then # nothing.\n";
        using var w = FixtureWorkspace.Create(Workspace(Front + "[“we act $0now”]{.quote by=redur-khalil src=memo}\n", Fixture.File("sources/memo.txt", source)));
        var hover = Hover(w);

        Assert.Contains(@"*A \*memo\* \[draft\]*", hover);
        Assert.Contains(@"The plan\_b was \<secret\> and \*urgent\*. He said “**we act now**” and left.", hover);
        Assert.Contains("5 days before the article", hover);
    }

    [Fact]
    public void Works_on_a_crlf_article_with_an_emoji_before_the_span()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "😀 Redur Khalil said it.\n[“Geographically, the noose is tightening around IS,”]{.quote by=redur-$0khalil src=dawn-2019-01-24}\n"), crlf: true);
        var hover = HoverProvider.Find(w.Snapshot, w.CursorPath, w.CursorOffset)!;
        Assert.StartsWith("**Redur Khalil**", hover.Markdown);
        Assert.Equal("redur-khalil", w.Text("articles/a.md").Substring(hover.Span.Start, hover.Span.Length));
    }

    [Fact]
    public void Nested_brackets_hover_the_innermost_annotation()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "[Khalil said [“Geographically, the noose is $0tightening around IS,”]{.quote by=redur-khalil src=dawn-2019-01-24} that day]{.claim src=dawn-2019-01-24}\n"));
        Assert.StartsWith("**Quote, verified**", Hover(w));
    }

    [Fact]
    public void A_wrong_speaker_is_named_in_the_speaker_line()
    {
        using var w = FixtureWorkspace.Create(Workspace(Front + "Putin, the draft claims, said [“Our battle is $0still long and will be waged in several phases.”]{.quote by=vladimir-putin src=dawn-2019-01-24}\n"));
        Assert.Contains("**Speaker:** Vladimir Putin, President of Russia; President, Russian Federation — but the source gives the words to Redur Khalil: ", Hover(w));
    }

    [Fact]
    public void Long_context_is_cut_at_a_word()
    {
        var filler = string.Join(' ', Enumerable.Repeat("words", 200));
        var source = $"---\nid: long\n---\nIt began {filler} and then. He said “we act now” and left. After that {filler} the end.\n";
        using var w = FixtureWorkspace.Create(Workspace(Front + "[“we act $0now”]{.quote by=redur-khalil src=long}\n", Fixture.File("sources/long.txt", source)));
        var excerpt = Hover(w).Split("\n\n").Single(l => l.StartsWith("> ", StringComparison.Ordinal));
        Assert.StartsWith("> … words words", excerpt);
        Assert.Contains("**Source:** `long`, article", Hover(w));
        Assert.Contains("He said “**we act now**” and left. After that words", excerpt);
        Assert.EndsWith("words …", excerpt);
        Assert.InRange(excerpt.Length, 100, 2 * PassageExcerpt.MaxContext + 100);
    }

    [Theory]
    [InlineData("2019-01-21", "2019-01-24", "3 days before the article")]
    [InlineData("2019-01-24", "2019-01-24", "the same day as the article")]
    [InlineData("2019-01-25", "2019-01-24", "1 day after the article")]
    [InlineData("2018-11-20", "2019-01-24", "2 months before the article")]
    [InlineData("2019-01-24T08:00:00Z", "2019-01-24T13:30:00Z", "5 hours before the article")]
    public void Dates_relate_in_words(string source, string article, string expected)
    {
        Assert.True(PublicationDate.TryParse(source, out var s));
        Assert.True(PublicationDate.TryParse(article, out var a));
        Assert.Equal(expected, DateRelation.Describe(s, a));
    }
}
