using FactLsp.Core.Import;

namespace FactLsp.Tests.Import;

/// <summary>What cannot be imported fails with one line saying why, and leaves nothing in the workspace.</summary>
public sealed class ImportFailureTests : IDisposable
{
    private readonly LoopbackSite _site = new();
    private readonly ImportWorkspace _workspace = new();

    public ImportFailureTests()
    {
        _site.Slow("slow", TimeSpan.FromSeconds(30))
            .Large("huge", 20L * 1024 * 1024, declareLength: true)
            .Large("huge-chunked", 20L * 1024 * 1024, declareLength: false)
            .Bytes("photo.png", [0x89, (byte)'P', (byte)'N', (byte)'G', 13, 10, 26, 10, 0, 0], "image/png")
            .Redirect("loop/a", "/loop/b").Redirect("loop/b", "/loop/a")
            .Text("app-shell", "<!DOCTYPE html><html><head><title>Loading…</title></head><body><div id=\"root\"></div><script>render()</script></body></html>")
            .Bytes("scan.pdf", TestPdfs.WithoutTextLayer(), "application/pdf")
            .Bytes("broken.pdf", "%PDF-1.7\nthis is not really a PDF"u8.ToArray(), "application/pdf");
    }

    [Theory]
    [InlineData("missing-page", "HTTP 404 Not Found")]
    [InlineData("huge", "too large: 20 MB, more than the 16 MB limit")]
    [InlineData("huge-chunked", "too large: more than the 16 MB limit")]
    [InlineData("photo.png", "not an HTML page or a PDF (the server sent image/png)")]
    [InlineData("loop/a", "more than 5 redirects")]
    [InlineData("app-shell", "no text found on the page")]
    [InlineData("scan.pdf", "a PDF without a text layer")]
    [InlineData("broken.pdf", "not a readable PDF")]
    public async Task A_bad_url_fails_with_its_reason_and_writes_nothing(string path, string reason)
    {
        var failure = await Assert.ThrowsAsync<ImportException>(() => _workspace.ImportAsync(_site.Url(path)));

        Assert.Contains(reason, failure.Message);
        Assert.DoesNotContain('\n', failure.Message);
        Assert.Empty(_workspace.SourceFiles());
    }

    [Fact]
    public async Task A_page_slower_than_the_timeout_fails_as_a_timeout()
    {
        var failure = await Assert.ThrowsAsync<ImportException>(() =>
            _workspace.ImportAsync(_site.Url("slow"), fetch: new FetchOptions { Timeout = TimeSpan.FromSeconds(1) }));

        Assert.Equal("timed out after 1 s", failure.Message);
        Assert.Empty(_workspace.SourceFiles());
    }

    [Fact]
    public async Task A_closed_port_fails_with_the_connection_reason()
    {
        var port = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        port.Start();
        var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)port.LocalEndpoint).Port}/";
        port.Stop();

        var failure = await Assert.ThrowsAsync<ImportException>(() => _workspace.ImportAsync(url));

        Assert.StartsWith("cannot fetch it:", failure.Message);
    }

    [Theory]
    [InlineData("notes.docx", "cannot import a '.docx' file")]
    [InlineData("absent.html", "no such file")]
    public async Task A_bad_file_fails_with_its_reason(string name, string reason)
    {
        if (name.EndsWith(".docx", StringComparison.Ordinal))
        {
            await System.IO.File.WriteAllTextAsync(Path.Combine(_workspace.Root, name), "x");
        }

        var failure = await Assert.ThrowsAsync<ImportException>(() => _workspace.ImportAsync(Path.Combine(_workspace.Root, name)));

        Assert.Contains(reason, failure.Message);
    }

    [Fact]
    public async Task An_existing_source_is_not_overwritten()
    {
        var page = Path.Combine(_workspace.Root, "page.html");
        await System.IO.File.WriteAllTextAsync(page, "<html><head><title>A page</title></head><body><article><p>" + string.Concat(Enumerable.Repeat("Words a reader reads on the page. ", 30)) + "</p></article></body></html>");
        await _workspace.ImportAsync(page, new ImportOptions { Id = "the-page" });
        var before = await System.IO.File.ReadAllTextAsync(Path.Combine(_workspace.Root, "sources", "the-page.md"));

        var failure = await Assert.ThrowsAsync<ImportException>(() => _workspace.ImportAsync(page, new ImportOptions { Id = "the-page" }));

        Assert.Equal("sources/the-page.md already exists (use --force to replace it, or --id to choose another id)", failure.Message);
        Assert.Equal(before, await System.IO.File.ReadAllTextAsync(Path.Combine(_workspace.Root, "sources", "the-page.md")));
        Assert.Single(_workspace.SourceFiles());
    }

    [Fact]
    public async Task Sources_go_where_factlsp_yaml_says_and_never_where_they_would_not_be_read()
    {
        var page = Path.Combine(_workspace.Root, "page.txt");
        await System.IO.File.WriteAllTextAsync(page, "Words a reader reads.\n");
        await System.IO.File.WriteAllTextAsync(Path.Combine(_workspace.Root, "factlsp.yaml"), "sources: [\"refs/originals/**\"]\n");
        var placed = await _workspace.ImportAsync(page, new ImportOptions { Id = "placed" });
        Assert.Equal("refs/originals/placed.md", placed.RelativePath);

        await System.IO.File.WriteAllTextAsync(Path.Combine(_workspace.Root, "factlsp.yaml"), "sources: [\"sources/**/*.txt\"]\n");
        var failure = await Assert.ThrowsAsync<ImportException>(() => _workspace.ImportAsync(page, new ImportOptions { Id = "unread" }));
        Assert.Equal("sources/unread.md would not be read as a source: factlsp.yaml's sources patterns do not take it", failure.Message);
    }

    [Theory]
    [InlineData("-bad", null, "'-bad' is not an id")]
    [InlineData(null, "novel", "'novel' is not a kind")]
    public async Task A_bad_id_or_kind_is_refused_before_anything_is_fetched(string? id, string? kind, string reason)
    {
        var failure = await Assert.ThrowsAsync<ImportException>(() => _workspace.ImportAsync(_site.Url("missing-page"), new ImportOptions { Id = id, Kind = kind }));

        Assert.StartsWith(reason, failure.Message);
    }

    public void Dispose()
    {
        _site.Dispose();
        _workspace.Dispose();
    }
}
