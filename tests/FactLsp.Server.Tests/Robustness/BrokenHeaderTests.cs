using System.Text;
using System.Text.Json;
using FactLsp.Server.Tests.Infrastructure;

namespace FactLsp.Server.Tests.Robustness;

/// <summary>
/// Frames whose header is broken: the server skips to the next `Content-Length:` header and goes
/// on, answering what it skipped with a null-id error when it can tell it skipped something.
/// </summary>
public class BrokenHeaderTests
{
    private const string Probe = """{"jsonrpc":"2.0","id":"after","method":"test/document","params":{"uri":"file:///a.md"}}""";

    private static async Task<InProcessServer> StartWithDocumentAsync()
    {
        var server = InProcessServer.Start();
        await server.InitializeAsync();
        await server.OpenAsync("file:///a.md", "kept");
        return server;
    }

    private static async Task AssertProbeServedAsync(InProcessServer server)
    {
        var answer = await server.Client.WaitForResponseAsync("after");
        Assert.Equal("kept", answer.GetProperty("result").GetProperty("text").GetString());
        Assert.False(server.Run.IsCompleted, server.Log);
        Assert.Null(server.Client.FramingError);
    }

    [Theory]
    [InlineData("Content-Length: abc\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"x\"}")]
    [InlineData("Content-Length: -5\r\n\r\n{}")]
    [InlineData("Content-Length: 99999999999999999999\r\n\r\n{}")]
    [InlineData("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"x\"}")]
    [InlineData("Garbage without a colon\r\n\r\n")]
    [InlineData("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"x\"}")]
    public async Task After_a_broken_header_the_server_resynchronises_on_the_next_frame(string broken)
    {
        await using var server = await StartWithDocumentAsync();

        await server.Client.WriteBytesAsync(broken + LspClient.Frame(Probe));

        await AssertProbeServedAsync(server);
        Assert.Contains("header", server.Log, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_content_length_too_small_costs_that_frame_only()
    {
        await using var server = await StartWithDocumentAsync();

        var content = """{"jsonrpc":"2.0","id":"short","method":"test/document","params":{"uri":"file:///a.md"}}""";
        await server.Client.WriteBytesAsync($"Content-Length: 20\r\n\r\n{content}" + LspClient.Frame(Probe));

        var error = await server.Client.NextNullIdResponseAsync();
        Assert.Equal(-32700, error.GetProperty("error").GetProperty("code").GetInt32());
        await AssertProbeServedAsync(server);
    }

    [Fact]
    public async Task A_content_length_too_large_swallows_the_next_frame_but_not_the_connection()
    {
        await using var server = await StartWithDocumentAsync();

        // The body claims 40 more bytes than it has: the next frame's head goes into it, and the
        // rest of that frame is skipped as a broken header; the frame after is served.
        var content = """{"jsonrpc":"2.0","method":"x"}""";
        await server.Client.WriteBytesAsync($"Content-Length: {content.Length + 40}\r\n\r\n{content}" + LspClient.Frame("""{"jsonrpc":"2.0","id":"lost","method":"test/document","params":{"uri":"file:///a.md"}}"""));
        await server.Client.WriteBytesAsync(LspClient.Frame(Probe));

        await AssertProbeServedAsync(server);
    }

    [Fact]
    public async Task Header_names_are_case_insensitive_and_unknown_headers_are_ignored()
    {
        await using var server = await StartWithDocumentAsync();

        await server.Client.WriteBytesAsync($"X-Custom: 1\r\ncontent-length: {Encoding.UTF8.GetByteCount(Probe)}\r\n\r\n{Probe}");

        await AssertProbeServedAsync(server);
    }

    [Fact]
    public async Task A_stream_that_ends_inside_a_header_stops_the_server_with_a_clear_log_line()
    {
        await using var server = await StartWithDocumentAsync();

        await server.Client.WriteBytesAsync("Content-Length: 12");
        await server.Client.DisposeAsync();

        var exitCode = await server.WaitForExitAsync();
        Assert.Equal(1, exitCode);
        Assert.Contains("[Info] factlsp stopped", server.Log);
    }

    [Fact]
    public async Task A_frame_split_across_many_writes_is_read_whole()
    {
        await using var server = await StartWithDocumentAsync();

        foreach (var chunk in LspClient.Frame(Probe).Chunk(7))
        {
            await server.Client.WriteBytesAsync(new string(chunk));
        }

        await AssertProbeServedAsync(server);
    }

    [Fact]
    public async Task A_utf8_body_is_measured_in_bytes()
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();
        await server.OpenAsync("file:///ü.md", "„Zitat“ – ünïcödé 😀");

        var probe = """{"jsonrpc":"2.0","id":"after","method":"test/document","params":{"uri":"file:///ü.md"}}""";
        await server.Client.WriteBytesAsync(LspClient.Frame(probe));

        var answer = await server.Client.WaitForResponseAsync("after");
        Assert.Equal("„Zitat“ – ünïcödé 😀", answer.GetProperty("result").GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Object, answer.GetProperty("result").ValueKind);
    }
}
