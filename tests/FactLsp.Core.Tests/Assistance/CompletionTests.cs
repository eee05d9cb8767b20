using FactLsp.Core.Assistance;

namespace FactLsp.Core.Tests.Assistance;

public class CompletionTests
{
    private const string Front = "---\ntitle: Test\ndate: 2019-01-25\n---\n";

    private static string Workspace(string article) =>
        Fixture.File("people.yaml", ExampleFiles.People)
        + Fixture.File("sources/dawn-2019-01-24.txt", ExampleFiles.DawnSource)
        + Fixture.File("sources/briefing.txt", "---\nid: sdc-briefing\ntitle: Press briefing\npublisher: SDC\ndate: 2019-01-25\nkind: transcript\n---\nKHALIL: Hello.\n")
        + Fixture.File("articles/a.md", article);

    private static (IReadOnlyList<CompletionSuggestion> Items, FixtureWorkspace Workspace) Complete(string article, bool crlf = false)
    {
        var w = FixtureWorkspace.Create(Workspace(article), crlf);
        return (CompletionProvider.Complete(w.Snapshot, w.CursorPath, w.CursorOffset), w);
    }

    private static string Replaced(FixtureWorkspace w, CompletionSuggestion item) =>
        w.Text(w.CursorPath).Substring(item.Replace.Start, item.Replace.Length);

    [Fact]
    public void After_the_brace_come_classes_and_the_keys_of_a_quote()
    {
        var (items, w) = Complete(Front + "Khalil said [“it”]{$0\n");
        using var _ = w;
        Assert.Equal([".quote", ".claim", ".term", "by", "src", "at", "lang"], items.OrderBy(i => i.SortText).Select(i => i.Label));
        Assert.All(items, i => Assert.Equal(new FactLsp.Core.Text.TextSpan(w.CursorOffset, 0), i.Replace));
        Assert.Equal("by=", items.Single(i => i.Label == "by").InsertText);
    }

    [Fact]
    public void A_partial_class_is_replaced_whole()
    {
        var (items, w) = Complete(Front + "Khalil said [“it”]{.qu$0ote by=redur-khalil}\n");
        using var _ = w;
        Assert.Equal([".quote", ".claim", ".term"], items.Select(i => i.Label));
        Assert.All(items, i => Assert.Equal(".quote", Replaced(w, i)));
    }

    [Fact]
    public void A_claim_offers_its_own_keys_minus_those_it_has_and_no_second_kind()
    {
        var (items, w) = Complete(Front + "[Fighters overran it]{.claim src=dawn-2019-01-24 $0}\n");
        using var _ = w;
        Assert.Equal(["by", "status", "evidence", "at"], items.Select(i => i.Label));
    }

    [Fact]
    public void A_partial_key_is_replaced_and_an_existing_equals_is_kept()
    {
        var (items, w) = Complete(Front + "[it]{.claim sta$0 src=x}\n");
        using var _ = w;
        var status = items.Single(i => i.Label == "status");
        Assert.Equal("sta", Replaced(w, status));
        Assert.Equal("status=", status.InsertText);

        var (again, w2) = Complete(Front + "[it]{.claim st$0atus=verified}\n");
        using var __ = w2;
        var key = again.Single(i => i.Label == "status");
        Assert.Equal("status", Replaced(w2, key));
        Assert.Equal("status", key.InsertText);
    }

    [Fact]
    public void Speakers_after_by_in_an_unclosed_block_with_name_and_role_the_named_one_first()
    {
        var (items, w) = Complete(Front + "In Moscow, Putin greeted Erdogan as a [“dear friend”]{.quote by=$0\n\nMore prose.\n");
        using var _ = w;
        Assert.Equal(5, items.Count);
        // Erdogan is named last before the span, then Putin: nearest first.
        Assert.Equal(["recep-tayyip-erdogan", "vladimir-putin"], items.Take(2).Select(i => i.Label));
        Assert.True(items[0].Preselect);
        Assert.False(items[1].Preselect);
        var putin = items.Single(i => i.Label == "vladimir-putin");
        Assert.Equal("Vladimir Putin", putin.Detail);
        Assert.Equal("President of Russia; President, Russian Federation", putin.Documentation);
        Assert.Equal(CompletionSuggestionKind.Speaker, putin.Kind);
        Assert.All(items, i => Assert.Equal(new FactLsp.Core.Text.TextSpan(w.CursorOffset, 0), i.Replace));
    }

    [Fact]
    public void A_partial_speaker_id_is_replaced_whole_also_inside_quotes()
    {
        var (items, w) = Complete(Front + "[“it”]{.quote by=redur-k$0hal src=dawn-2019-01-24}\n");
        using var _ = w;
        Assert.Equal("redur-khal", Replaced(w, items[0]));

        var (quoted, w2) = Complete(Front + "[“it”]{.quote by=\"red$0ur\" src=dawn-2019-01-24}\n");
        using var __ = w2;
        Assert.Equal("redur", Replaced(w2, quoted[0]));
    }

    [Fact]
    public void Sources_after_src_with_title_publisher_and_date_the_cited_ones_first()
    {
        var (items, w) = Complete(Front + "[“a”]{.quote by=redur-khalil src=dawn-2019-01-24}\n[“b”]{.quote by=redur-khalil src=$0}\n");
        using var _ = w;
        Assert.Equal(["dawn-2019-01-24", "sdc-briefing"], items.Select(i => i.Label));
        Assert.Equal("Kurdish-led fighters overrun last IS village in Syria — Dawn, 2019-01-24", items[0].Detail);
        Assert.Equal("Press briefing — SDC, 2019-01-25", items[1].Detail);
        Assert.Contains("transcript, 2019-01-25: the same day as the article", items[1].Documentation);
    }

    [Fact]
    public void Sources_include_the_articles_own_declared_sources()
    {
        var (items, w) = Complete("---\ndate: 2019-01-25\nsources:\n  afp-wire: {title: AFP wire, publisher: AFP}\n---\n[“b”]{.quote by=redur-khalil src=afp$0}\n");
        using var _ = w;
        Assert.Contains(items, i => i.Label == "afp-wire" && i.Detail == "AFP wire — AFP" && i.Documentation!.Contains("unverifiable"));
        Assert.Equal("afp", Replaced(w, items[0]));
    }

    [Fact]
    public void Statuses_after_status()
    {
        var (items, w) = Complete(Front + "[it]{.claim src=dawn-2019-01-24 status=d$0}\n");
        using var _ = w;
        Assert.Equal(["verified", "unverified", "disputed", "false", "misleading"], items.Select(i => i.Label));
        Assert.Equal("d", Replaced(w, items[0]));
    }

    [Theory]
    [InlineData("Plain prose, $0 no span.")]
    [InlineData("[“it”]{.quote by=redur-khalil} and then $0")]
    [InlineData("A {brace $0 without a span")]
    [InlineData("Code: `[“it”]{.quote by=$0}` is not a span.")]
    [InlineData("```\n[“it”]{.quote by=$0}\n```")]
    [InlineData("[“it”]{.quote\n\nby=$0")]
    [InlineData("[“it”]{.quote #ide$0ntity}")]
    public void Nothing_outside_an_attribute_block(string body)
    {
        var (items, w) = Complete(Front + body + "\n");
        using var _ = w;
        Assert.Empty(items);
    }

    [Fact]
    public void Nothing_in_the_front_matter()
    {
        var (items, w) = Complete("---\ntitle: \"[x]{by=$0\"\n---\nText.\n");
        using var _ = w;
        Assert.Empty(items);
    }

    [Fact]
    public void Nested_brackets_in_the_content()
    {
        var (items, w) = Complete(Front + "[He said [sic] the [noose] was “tight”]{.quote by=$0}\n");
        using var _ = w;
        Assert.Equal(5, items.Count);
    }

    [Fact]
    public void A_brace_inside_a_quoted_value_does_not_open_a_block()
    {
        var (items, w) = Complete(Front + "[it]{.claim evidence=\"a { b\" st$0}\n");
        using var _ = w;
        Assert.Contains(items, i => i.Label == "status");
        Assert.DoesNotContain(items, i => i.Label == "evidence");
    }

    [Fact]
    public void A_block_wrapped_over_two_lines()
    {
        var (items, w) = Complete(Front + "[“it”]{.quote src=dawn-2019-01-24\n  by=redur$0}\n");
        using var _ = w;
        Assert.Equal("redur", Replaced(w, items[0]));
    }

    [Fact]
    public void Crlf_and_an_emoji_before_the_span_keep_the_offsets_right()
    {
        var (items, w) = Complete(Front + "😀 Khalil 👍🏽 said\r\n[“it”]{.quote by=redur-$0 src=dawn-2019-01-24}\n", crlf: true);
        using var _ = w;
        Assert.Equal("redur-khalil", items[0].Label);
        Assert.Equal("redur-", Replaced(w, items[0]));
        Assert.True(items[0].Preselect);
    }
}
