using System.Text;
using AngleSharp.Html.Parser;
using FactLsp.Core.Import;

namespace FactLsp.Tests.Import;

/// <summary>The import's parts on their own: when each fires, and when it must not.</summary>
public class ImportPartsTests
{
    private static IEnumerable<TextBlock> Paragraphs(params string[] texts) => texts.Select(t => new TextBlock(BlockKind.Paragraph, t));

    [Fact]
    public void Labelled_turns_make_a_transcript()
    {
        Assert.True(TranscriptDetector.IsTranscript(Paragraphs("MS. PSAKI:  Good afternoon.", "Q    Thanks, Jen.", "MS. PSAKI: Sure.", "Q   One more.")));
        Assert.True(TranscriptDetector.IsTranscript(Paragraphs("Redur Khalil: We hold the village.", "Anne Barnard: For how long?", "Redur Khalil: As long as it takes.", "Anne Barnard: Thank you.")));
        Assert.True(TranscriptDetector.IsTranscript(Paragraphs("Intro.\nSECRETARY BLINKEN: Thank you.\nQUESTION: Sir?\nSECRETARY BLINKEN: Yes.\nQUESTION: Thanks.")));
    }

    [Fact]
    public void A_story_with_a_few_labels_is_no_transcript()
    {
        Assert.False(TranscriptDetector.IsTranscript(Paragraphs("BEIRUT: Fighters overran the village.", "EDITOR'S NOTE: This story was updated.", "The monitor said so.")));
        Assert.False(TranscriptDetector.IsTranscript(Paragraphs("Photo: AFP", "Photo Credit: Reuters", "Source: UN", "Read More: earlier story", "The minister said: “We will win.”")));
        Assert.False(TranscriptDetector.IsTranscript(Paragraphs("KHALIL: one.", "KHALIL: two.", "KHALIL: three.", "KHALIL: four.")));
        Assert.Null(TranscriptDetector.Label("The answer is simple: no."));
        Assert.Null(TranscriptDetector.Label("Quarterly results: up 3%"));
    }

    [Fact]
    public void Ids_come_from_publisher_date_and_title_and_stay_unique()
    {
        var metadata = new DocumentMetadata { Publisher = "Le Courrier du Rhône", Published = new DateTimeOffset(2022, 11, 8, 0, 0, 0, TimeSpan.Zero), Title = "Le maire de Lyon défend le budget des transports" };
        Assert.Equal("le-courrier-du-2022-11-08-le-maire-de-lyon", SourceIdMaker.Make(metadata, "x", _ => false));
        var taken = new HashSet<string> { "le-courrier-du-2022-11-08-le-maire-de-lyon", "le-courrier-du-2022-11-08-le-maire-de-lyon-2" };
        Assert.Equal("le-courrier-du-2022-11-08-le-maire-de-lyon-3", SourceIdMaker.Make(metadata, "x", taken.Contains));
        Assert.Equal("press-release-14", SourceIdMaker.Make(new DocumentMetadata(), "Press Release 14", _ => false));
        Assert.Equal("source", SourceIdMaker.Make(new DocumentMetadata { Title = "新闻" }, "新闻", _ => false));
    }

    [Theory]
    [InlineData("wire-2024", true)]
    [InlineData("a:b.c_d", true)]
    [InlineData("-bad", false)]
    [InlineData("has space", false)]
    [InlineData("", false)]
    public void A_chosen_id_follows_the_spec(string id, bool valid) => Assert.Equal(valid, SourceIdMaker.IsValid(id));

    [Fact]
    public void The_charset_comes_from_the_bom_the_server_the_page_or_the_bytes()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1252 = Encoding.GetEncoding(1252);
        var page = "<html><head><meta charset=\"windows-1252\"></head><body>“Déjà vu” – 5 €</body></html>";
        Assert.Contains("“Déjà vu” – 5 €", TextDecoding.Decode(cp1252.GetBytes(page), null, isHtml: true));
        Assert.Contains("“Déjà vu” – 5 €", TextDecoding.Decode(cp1252.GetBytes(page.Replace("windows-1252", "iso-8859-1")), null, isHtml: true));
        Assert.Contains("“Déjà vu” – 5 €", TextDecoding.Decode(cp1252.GetBytes(page.Replace("<meta charset=\"windows-1252\">", "")), null, isHtml: true));
        var utf8 = Encoding.UTF8.GetBytes(page.Replace("windows-1252", "utf-8"));
        Assert.Contains("“Déjà vu” – 5 €", TextDecoding.Decode(utf8, null, isHtml: true));
        Assert.Contains("“Déjà vu” – 5 €", TextDecoding.Decode([.. Encoding.UTF8.Preamble, .. utf8], "windows-1252", isHtml: true));
        Assert.Contains("“Déjà vu” – 5 €", TextDecoding.Decode(cp1252.GetBytes(page), "Windows-1252", isHtml: true));
    }

    [Fact]
    public void Metadata_prefers_json_ld_then_opengraph_then_meta_tags()
    {
        var html = """
            <html lang="en"><head>
            <title>Headline from title | Site</title>
            <meta property="og:title" content="Headline from OG">
            <meta property="og:site_name" content="OG Site">
            <meta name="author" content="https://site.example/authors/jane">
            <meta name="byl" content="By Jane Roe">
            <script type="application/ld+json">{ broken json</script>
            <script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":["NewsArticle"],"headline":"Headline from JSON-LD","author":[{"@type":"Person","name":"Ann A"},{"@type":"Person","name":"Bo B"},"By Cy C"],"datePublished":"2024-03-05T23:30:00-05:00"}]</script>
            </head><body></body></html>
            """;
        var metadata = HtmlMetadataReader.Read(new HtmlParser().ParseDocument(html), new Uri("https://site.example/story"));
        Assert.Equal("Headline from JSON-LD", metadata.Title);
        Assert.Equal("Ann A, Bo B and Cy C", metadata.Author);
        Assert.Equal("OG Site", metadata.Publisher);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 23, 30, 0, TimeSpan.FromHours(-5)), metadata.Published);
        Assert.Equal("en", metadata.Language);

        var plain = HtmlMetadataReader.Read(new HtmlParser().ParseDocument(html.Replace("application/ld+json", "text/plain").Replace("og:title", "x")), null);
        Assert.Equal("Headline from title", plain.Title);
        Assert.Equal("Jane Roe", plain.Author);
        Assert.Null(plain.Published);
    }
}
