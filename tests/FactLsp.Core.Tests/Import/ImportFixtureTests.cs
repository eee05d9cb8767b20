using FactLsp.Core.Import;

namespace FactLsp.Tests.Import;

/// <summary>
/// `source add` on pages served the ways news sites serve them, over real HTTP on 127.0.0.1. The
/// measure on each: a sentence copied from the page as a reader sees it, quoted in an article,
/// verifies against the imported source with no finding; boilerplate (navigation, cookie banner,
/// ads, related links, comments) is not in the source.
/// </summary>
public sealed class ImportFixtureTests : IDisposable
{
    private readonly LoopbackSite _site = new();
    private readonly ImportWorkspace _workspace = new();

    public ImportFixtureTests()
    {
        _site.File("world/wire-story", "wire-story.html", "text/html; charset=utf-8")
            .File("amp/port-strikes", "amp-story.html", "text/html; charset=utf-8")
            .File("briefing-room/press-briefing", "briefing.html", "text/html; charset=UTF-8")
            .File("region/budget", "windows-1252.html", "text/html; charset=windows-1252")
            .File("region/budget-meta-only", "windows-1252.html", "text/html")
            .Redirect("r/1", "/r/2").Redirect("r/2", "/r/3", 302).Redirect("r/3", "/world/wire-story", 307)
            .Bytes("docs/press-release.pdf", TestPdfs.TwoPagesWithHeaders(), "application/pdf");
    }

    [Fact]
    public async Task A_wire_story_keeps_the_story_and_drops_the_page_around_it()
    {
        var source = await _workspace.ImportAsync(_site.Url("world/wire-story"));

        Assert.Equal("daily-ledger-2019-01-24-kurdish-led-fighters-overrun", source.Id);
        Assert.Equal("article", source.Kind);
        Assert.Contains("title: \"Kurdish-led fighters overrun last IS village in Syria\"", source.Text);
        Assert.Contains("publisher: \"Daily Ledger\"", source.Text);
        Assert.Contains("author: \"AFP\"", source.Text);
        Assert.Contains("date: 2019-01-24", source.Text);
        Assert.Contains("url: \"https://www.dailyledger.example/world/kurdish-led-fighters-overrun-last-is-village-2019-01-24\"", source.Text);
        Assert.Contains("language: \"en-GB\"", source.Text);
        Assert.Contains("retrieved: 2026-11-30", source.Text);
        Assert.Matches("sha256: [0-9a-f]{64}", source.Text);
        Assert.Contains("## Thousands flee", source.Text);
        Assert.Contains("> “The battle is now in its final stage", source.Text);
        foreach (var noise in new[] { "cookies", "Subscribe", "Advertisement", "Related stories", "Turkey threatens", "truthseeker88", "mark my words", "morning briefing", "All rights reserved", "Share on" })
        {
            Assert.DoesNotContain(noise, source.Text);
        }

        var findings = _workspace.Check($$"""
            Redur Khalil, a senior Kurdish official, said the gains heralded a new phase.
            [“Geographically, the noose is tightening around IS,”]{.quote by=redur-khalil src={{source.Id}}} he said.
            [“What remains for them is a very small area, and they will not hold it for long.”]{.quote by=redur-khalil src={{source.Id}}}

            [The fighters overran the last IS village]{.claim src={{source.Id}} evidence="Kurdish-led fighters overran the last village held by the Islamic State group in eastern Syria on Wednesday, confining the jihadists to a pocket of land near the Iraqi border"}
            [Thousands fled]{.claim src={{source.Id}} evidence="More than 20,000 people have fled the area since December, many of them women and children, according to the United Nations."}
            """);
        Assert.True(findings.Count == 0, ImportWorkspace.Describe(findings));
        var snapshot = Core.Workspace.WorkspaceSnapshot.Load(_workspace.Root);
        var article = snapshot.GetArticle("article.md")!;
        Assert.DoesNotContain("(p. ", Core.Assistance.QuoteHover.Render(snapshot, article, article.Annotations[0]));
    }

    [Fact]
    public async Task A_quote_the_page_does_not_hold_is_still_caught()
    {
        var source = await _workspace.ImportAsync(_site.Url("world/wire-story"));

        var findings = _workspace.Check($"[“Geographically, the noose is closing around IS,”]{{.quote by=redur-khalil src={source.Id}}}");

        Assert.Contains(findings, d => d.Code == "misquote");
    }

    [Fact]
    public async Task An_amp_page_takes_its_canonical_url_and_its_quotes_verify()
    {
        var source = await _workspace.ImportAsync(_site.Url("amp/port-strikes"));

        Assert.Contains("url: \"https://harbourtimes.example/news/2023/07/21/port-strikes-grain-ships-odesa\"", source.Text);
        Assert.Contains("author: \"Olena Marchenko\"", source.Text);
        Assert.Contains("language: \"en\"", source.Text);
        Assert.DoesNotContain("Wheat futures", source.Text);
        var findings = _workspace.Check($$"""
            [“We lost sixty thousand tonnes of grain in one night,”]{.quote by=serhiy-bondar src={{source.Id}}} the harbour master said.
            [“Every day the ships wait, the price of bread goes up somewhere in Africa.”]{.quote by=serhiy-bondar src={{source.Id}}}
            """);
        Assert.True(findings.Count == 0, ImportWorkspace.Describe(findings));
    }

    [Fact]
    public async Task A_briefing_transcript_keeps_its_labels_at_line_starts_and_checks_the_speaker()
    {
        var source = await _workspace.ImportAsync(_site.Url("briefing-room/press-briefing"));

        Assert.Equal("transcript", source.Kind);
        Assert.Equal("the-white-house-2021-03-01-press-briefing-press-secretary", source.Id);
        Assert.Contains("\nMS. PSAKI: Good afternoon.", source.Text);
        Assert.Contains("\nQ   Thanks, Jen.", source.Text);
        Assert.DoesNotContain("Skip to content", source.Text);
        Assert.DoesNotContain("Privacy Policy", source.Text);

        var findings = _workspace.Check($$"""
            [“Well, the President is worried about any shortage that affects American workers.”]{.quote by=jen-psaki src={{source.Id}}}
            [“I know you have heard that before, but the numbers bear it out.”]{.quote by=jen-psaki src={{source.Id}}}
            """);
        Assert.True(findings.Count == 0, ImportWorkspace.Describe(findings));

        var deese = _workspace.Check($"[“The chip shortage is hitting auto plants across the Midwest,”]{{.quote by=brian-deese src={source.Id}}}", "right.md");
        Assert.True(deese.Count == 0, ImportWorkspace.Describe(deese));
        var wrong = _workspace.Check($"[“The chip shortage is hitting auto plants across the Midwest,”]{{.quote by=jen-psaki src={source.Id}}}", "wrong.md");
        Assert.Contains(wrong, d => d.Code == "wrong-speaker");

        // The `Q   ` labels (spaces, no colon) start the questioner's turns; a stage direction drops out silently.
        var question = _workspace.Check($"[“Is the President worried that the shortage of chips will last into next year?”]{{.quote by=jen-psaki src={source.Id}}}", "question.md");
        Assert.Contains(question, d => d.Code == "wrong-speaker" && d.Message.Contains("unnamed questioner", StringComparison.Ordinal));
        var laughter = _workspace.Check($"[“We are on track, yes. I know you have heard that before, but the numbers bear it out.”]{{.quote by=jen-psaki src={source.Id}}}", "laughter.md");
        Assert.True(laughter.Count == 0, ImportWorkspace.Describe(laughter));
    }

    [Theory]
    [InlineData("region/budget")]
    [InlineData("region/budget-meta-only")]
    public async Task A_windows_1252_page_is_read_in_its_charset(string path)
    {
        var source = await _workspace.ImportAsync(_site.Url(path));

        Assert.Contains("Le maire a défendu mardi soir une hausse de 12 % du budget", source.Text);
        Assert.Contains("« Nous ne reviendrons pas sur la gratuité pour les moins de 18 ans »", source.Text);
        Assert.Contains("publisher: \"Le Courrier du Rhône\"", source.Text);
        Assert.Contains("language: \"fr\"", source.Text);
        Assert.DoesNotContain("Publicité", source.Text);
        Assert.DoesNotContain("Encore des impôts", source.Text);
        var findings = _workspace.Check($$"""
            [The mayor defended a rise]{.claim src={{source.Id}} evidence="Le maire a défendu mardi soir une hausse de 12 % du budget des transports en commun, chiffrée à 48 millions d’euros, devant un conseil municipal divisé."}
            [A record deficit]{.claim src={{source.Id}} evidence="dont le déficit atteint 3,2 millions d’euros — un record depuis sa création"}
            """);
        Assert.True(findings.Count == 0, ImportWorkspace.Describe(findings));
    }

    [Fact]
    public async Task A_redirect_chain_is_followed_to_the_page()
    {
        var source = await _workspace.ImportAsync(_site.Url("r/1"));

        Assert.Contains("Geographically, the noose is tightening around IS", source.Text);
        Assert.Contains("url: \"https://www.dailyledger.example/world/kurdish-led-fighters-overrun-last-is-village-2019-01-24\"", source.Text);
    }

    [Fact]
    public async Task A_two_page_pdf_keeps_its_pages_drops_its_headers_and_its_quotes_verify()
    {
        var source = await _workspace.ImportAsync(_site.Url("docs/press-release.pdf"));

        Assert.Equal("document", source.Kind);
        Assert.Contains("<!-- page 1 -->", source.Text);
        Assert.Contains("<!-- page 2 -->", source.Text);
        Assert.DoesNotContain(TestPdfs.Header, source.Text);
        Assert.DoesNotContain("Page 1 of 2", source.Text);
        Assert.DoesNotContain("Page 2 of 2", source.Text);
        var findings = _workspace.Check($$"""
            [“We call on all parties to return to the negotiating table without preconditions,”]{.quote by=anna-lindqvist src={{source.Id}} at="p. 1"} she said.
            [“Promises are not enough. We want to see the checkpoints open and the convoys moving,”]{.quote by=anna-lindqvist src={{source.Id}} at="p. 2"}
            [Four million euros]{.claim src={{source.Id}} evidence="has released an additional four million euros for the World Food Programme, which will be spent on deliveries of flour and cooking oil to the besieged towns before the winter."}
            """);
        Assert.True(findings.Count == 0, ImportWorkspace.Describe(findings));

        // The hover says which page each quote's passage is on.
        var snapshot = Core.Workspace.WorkspaceSnapshot.Load(_workspace.Root);
        var article = snapshot.GetArticle("article.md")!;
        var hovers = article.Annotations.Where(a => a.By is not null).Select(a => Core.Assistance.QuoteHover.Render(snapshot, article, a)).ToList();
        Assert.EndsWith("(p. 1)", hovers[0]);
        Assert.EndsWith("(p. 2)", hovers[1]);
    }

    [Fact]
    public async Task A_local_pdf_file_imports_as_the_served_one_does()
    {
        var path = Path.Combine(_workspace.Root, "press-release.pdf");
        await System.IO.File.WriteAllBytesAsync(path, TestPdfs.TwoPagesWithHeaders());

        var source = await _workspace.ImportAsync(path, new ImportOptions { Id = "mfa-release-14" });

        Assert.Equal("mfa-release-14", source.Id);
        Assert.Equal("sources/mfa-release-14.md", source.RelativePath);
        Assert.Contains("imported_from: \"press-release.pdf\"", source.Text);
        Assert.DoesNotContain("\nurl:", source.Text);
    }

    [Fact]
    public async Task A_second_import_of_the_same_page_gets_an_id_of_its_own()
    {
        var first = await _workspace.ImportAsync(_site.Url("world/wire-story"));
        var second = await _workspace.ImportAsync(_site.Url("r/1"));

        Assert.Equal(first.Id + "-2", second.Id);
        Assert.Equal(2, _workspace.SourceFiles().Length);
    }

    public void Dispose()
    {
        _site.Dispose();
        _workspace.Dispose();
    }
}

/// <summary>Text that looks like Markdown stays the page's words: the source escapes it, the check reads it back.</summary>
public sealed class ImportEscapingTests : IDisposable
{
    private readonly ImportWorkspace _workspace = new();

    [Theory]
    [InlineData("# 1 in the polls, the senator said the race was “far from over”.")]
    [InlineData("1. The first point of the plan, the minister said, is “to cut red tape by half”.")]
    [InlineData("- minus 40 degrees, the forecast said, was “the coldest night in a decade”.")]
    [InlineData("The file *_budget_final[v2].xlsx* & <draft> notes were “leaked on purpose”, she said.")]
    [InlineData("> A line that starts like a quotation said “nothing new”.")]
    public async Task Markdown_characters_in_page_text_check_as_the_reader_sees_them(string sentence)
    {
        var page = Path.Combine(_workspace.Root, "page.html");
        var html = "<html><head><title>Tricky text</title></head><body><article><p>" + System.Net.WebUtility.HtmlEncode(sentence) + "</p><p>"
            + string.Concat(Enumerable.Repeat("Filler words that make the page long enough to read as an article. ", 12)) + "</p></article></body></html>";
        await System.IO.File.WriteAllTextAsync(page, html);

        var source = await _workspace.ImportAsync(page, new ImportOptions { Id = "tricky" });

        var findings = _workspace.Check($"[Tricky]{{.claim src=tricky evidence=\"{sentence.Replace("\"", "\\\"")}\"}}");
        Assert.True(findings.Count == 0, ImportWorkspace.Describe(findings) + "\n" + source.Text);
    }

    [Fact]
    public async Task Quotation_marks_drawn_by_q_elements_are_kept_and_screen_reader_text_is_dropped()
    {
        var page = Path.Combine(_workspace.Root, "page.html");
        await System.IO.File.WriteAllTextAsync(page, "<html><head><title>Marks</title></head><body><article><p>The envoy called the talks <q>a first step, not <q>the</q> answer</q>, officials said.<span class=\"sr-only\"> Opens in a new window</span></p><p>"
            + string.Concat(Enumerable.Repeat("Filler words that make the page long enough to read as an article. ", 12)) + "</p></article></body></html>");

        var source = await _workspace.ImportAsync(page, new ImportOptions { Id = "marks" });

        Assert.Contains("The envoy called the talks “a first step, not ‘the’ answer”, officials said.\n", source.Text);
        Assert.DoesNotContain("new window", source.Text);
    }

    public void Dispose() => _workspace.Dispose();
}
