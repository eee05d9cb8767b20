using System.Net;
using System.Net.Http.Headers;

namespace FactLsp.Core.Import;

/// <summary>
/// Reads what an import starts from: an <c>http</c>/<c>https</c> URL (HttpClient, with a timeout
/// over headers and body, a size cap, a bounded number of redirects and a clear user agent) or a
/// local <c>.html</c>, <c>.htm</c>, <c>.pdf</c>, <c>.txt</c> or <c>.md</c> file.
/// </summary>
public sealed class SourceFetcher : IDisposable
{
    private readonly HttpClient _http;
    private readonly FetchOptions _options;

    public SourceFetcher(FetchOptions? options = null)
    {
        _options = options ?? FetchOptions.Default;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = Math.Max(1, _options.MaxRedirects),
            AutomaticDecompression = DecompressionMethods.All,
        };
        // The timeout is ours (one line, with the limit), not HttpClient's TaskCanceledException.
        _http = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _http.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
        _http.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/pdf;q=0.9,text/plain;q=0.8,*/*;q=0.1");
    }

    public static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>A URL or a local path; throws <see cref="ImportException"/> with the reason.</summary>
    public Task<FetchedDocument> FetchAsync(string input, CancellationToken cancellationToken) =>
        IsUrl(input) ? FetchUrlAsync(new Uri(input), cancellationToken) : Task.FromResult(ReadFile(input));

    public async Task<FetchedDocument> FetchUrlAsync(Uri url, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400)
            {
                throw new ImportException($"more than {_options.MaxRedirects} redirects (HTTP {status} to {response.Headers.Location})");
            }
            if (!response.IsSuccessStatusCode)
            {
                throw new ImportException($"HTTP {status} {response.ReasonPhrase}".TrimEnd());
            }
            var final = response.RequestMessage?.RequestUri ?? url;
            var media = response.Content.Headers.ContentType;
            if (response.Content.Headers.ContentLength is { } length && length > _options.MaxBytes)
            {
                throw TooLarge(length);
            }
            var formatFromHeader = FormatOf(media);
            if (media?.MediaType is { } declared && formatFromHeader is null && !IsVague(declared))
            {
                throw new ImportException($"not an HTML page or a PDF (the server sent {declared})");
            }
            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            var bytes = await ReadCappedAsync(body, timeout.Token).ConfigureAwait(false);
            var format = formatFromHeader ?? Sniff(bytes) ?? throw new ImportException($"not an HTML page or a PDF (the server sent {media?.MediaType ?? "no content type"})");
            return new FetchedDocument(bytes, format, media?.CharSet, final.AbsoluteUri, final);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ImportException($"timed out after {_options.Timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException e)
        {
            throw new ImportException($"cannot fetch it: {OneLine(e.InnerException?.Message ?? e.Message)}", e);
        }
        catch (IOException e)
        {
            throw new ImportException($"the connection failed: {OneLine(e.Message)}", e);
        }
    }

    public FetchedDocument ReadFile(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new ImportException(Directory.Exists(full) ? "a folder, not a file" : "no such file");
        }
        var format = Path.GetExtension(full).ToLowerInvariant() switch
        {
            ".html" or ".htm" or ".xhtml" => DocumentFormat.Html,
            ".pdf" => DocumentFormat.Pdf,
            ".txt" => DocumentFormat.PlainText,
            ".md" or ".markdown" => DocumentFormat.Markdown,
            var other => throw new ImportException($"cannot import a '{other}' file: give an .html, .htm, .pdf, .txt or .md file"),
        };
        try
        {
            var length = new FileInfo(full).Length;
            if (length > _options.MaxBytes)
            {
                throw TooLarge(length);
            }
            return new FetchedDocument(File.ReadAllBytes(full), format, null, full, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ImportException($"cannot read it: {OneLine(e.Message)}", e);
        }
    }

    private async Task<byte[]> ReadCappedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > _options.MaxBytes)
            {
                throw TooLarge(null);
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private ImportException TooLarge(long? length) => new(length is { } n
        ? $"too large: {n / (1024.0 * 1024):0.#} MB, more than the {_options.MaxBytes / (1024 * 1024)} MB limit"
        : $"too large: more than the {_options.MaxBytes / (1024 * 1024)} MB limit");

    private static DocumentFormat? FormatOf(MediaTypeHeaderValue? media) => media?.MediaType?.ToLowerInvariant() switch
    {
        "text/html" or "application/xhtml+xml" => DocumentFormat.Html,
        "application/pdf" or "application/x-pdf" => DocumentFormat.Pdf,
        "text/plain" => DocumentFormat.PlainText,
        "text/markdown" or "text/x-markdown" => DocumentFormat.Markdown,
        _ => null,
    };

    /// <summary>Types servers send when they do not know: the bytes decide.</summary>
    private static bool IsVague(string mediaType) => mediaType.ToLowerInvariant() is "application/octet-stream" or "binary/octet-stream" or "application/download";

    /// <summary>A PDF starts with <c>%PDF-</c>; an HTML page with markup after any BOM and white space.</summary>
    internal static DocumentFormat? Sniff(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        if (head.StartsWith("%PDF-"u8))
        {
            return DocumentFormat.Pdf;
        }
        var text = System.Text.Encoding.Latin1.GetString(head).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        return text.StartsWith("<!doctype html", StringComparison.Ordinal) || text.StartsWith("<html", StringComparison.Ordinal) || text.Contains("<body", StringComparison.Ordinal)
            ? DocumentFormat.Html
            : null;
    }

    private static string OneLine(string message) => string.Join(' ', message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    public void Dispose() => _http.Dispose();
}
