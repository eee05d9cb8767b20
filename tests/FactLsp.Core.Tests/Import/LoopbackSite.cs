using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FactLsp.Tests.Import;

/// <summary>
/// A real HTTP server on 127.0.0.1 (a free port), serving the import fixtures the ways news sites
/// serve pages: with and without a charset, through redirects, as 404s, slowly, too large, and as
/// other content types. Requests are counted per path so tests can tell what was fetched.
/// </summary>
public sealed class LoopbackSite : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Dictionary<string, Func<HttpListenerContext, CancellationToken, Task>> _routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackSite()
    {
        // HttpListener needs the port up front: take one the system says is free.
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            BaseUrl = $"http://127.0.0.1:{port}/";
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add(BaseUrl);
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                // The port was taken between the probe and the start; try another.
            }
        }
        _loop = Task.Run(AcceptLoopAsync);
    }

    public string BaseUrl { get; }

    public string Url(string path) => BaseUrl + path.TrimStart('/');

    /// <summary>A fixture file of Fixtures/import, with the content type given.</summary>
    public LoopbackSite File(string path, string fixture, string contentType) =>
        Bytes(path, System.IO.File.ReadAllBytes(FixturePath(fixture)), contentType);

    public LoopbackSite Bytes(string path, byte[] body, string contentType, int status = 200) => Route(path, async (context, token) =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        context.Response.ContentLength64 = body.Length;
        await context.Response.OutputStream.WriteAsync(body, token);
    });

    public LoopbackSite Text(string path, string body, string contentType = "text/html; charset=utf-8", int status = 200) =>
        Bytes(path, Encoding.UTF8.GetBytes(body), contentType, status);

    public LoopbackSite Redirect(string path, string to, int status = 301) => Route(path, (context, _) =>
    {
        context.Response.StatusCode = status;
        context.Response.RedirectLocation = to;
        return Task.CompletedTask;
    });

    /// <summary>Sends the headers, then nothing for <paramref name="delay"/> (or until the site stops).</summary>
    public LoopbackSite Slow(string path, TimeSpan delay) => Route(path, async (context, token) =>
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.SendChunked = true;
        await context.Response.OutputStream.WriteAsync("<html><body><p>"u8.ToArray(), token);
        await context.Response.OutputStream.FlushAsync(token);
        await Task.Delay(delay, token);
    });

    /// <summary>A body of <paramref name="size"/> bytes, its length declared or (chunked) not.</summary>
    public LoopbackSite Large(string path, long size, bool declareLength) => Route(path, async (context, token) =>
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        if (declareLength)
        {
            context.Response.ContentLength64 = size;
        }
        else
        {
            context.Response.SendChunked = true;
        }
        var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>filler text of a very long page</p>\n", 1700)));
        for (long sent = 0; sent < size; sent += chunk.Length)
        {
            await context.Response.OutputStream.WriteAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, size - sent)), token);
        }
    });

    public LoopbackSite Route(string path, Func<HttpListenerContext, CancellationToken, Task> handler)
    {
        lock (_routes)
        {
            _routes["/" + path.TrimStart('/')] = handler;
        }
        return this;
    }

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "import", name);

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(context));
        }
    }

    private async Task ServeAsync(HttpListenerContext context)
    {
        Func<HttpListenerContext, CancellationToken, Task>? handler;
        lock (_routes)
        {
            _routes.TryGetValue(context.Request.Url!.AbsolutePath, out handler);
        }
        try
        {
            if (handler is null)
            {
                context.Response.StatusCode = 404;
                var body = "<html><body><h1>Page not found</h1></body></html>"u8.ToArray();
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.OutputStream.WriteAsync(body, _stop.Token);
            }
            else
            {
                await handler(context, _stop.Token);
            }
            context.Response.Close();
        }
        catch (Exception e) when (e is HttpListenerException or IOException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // The client gave up (a timeout, a size cap): that is what those tests are for.
            try
            {
                context.Response.Abort();
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }
        _stop.Dispose();
    }
}
