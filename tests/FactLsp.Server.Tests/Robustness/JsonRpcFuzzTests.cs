using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using FactLsp.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace FactLsp.Server.Tests.Robustness;

/// <summary>
/// Random sequences of JSON-RPC messages (valid, mutated, truncated, with wrong types, badly
/// framed) sent to the server over its pipe. Whatever came before: every request whose id could
/// be read is answered, nothing but framed JSON-RPC comes out, and a valid request is served
/// afterwards. CsCheck prints the seed of a failing sequence, so that it replays.
/// </summary>
public class JsonRpcFuzzTests(ITestOutputHelper output)
{
    private const string Uri = "file:///fuzz/a.md";

    private static readonly string[] Methods =
    [
        "textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references", "textDocument/rename",
        "textDocument/prepareRename", "textDocument/documentSymbol", "textDocument/documentLink", "textDocument/semanticTokens/full",
        "textDocument/inlayHint", "textDocument/codeAction", "textDocument/codeLens", "workspace/symbol", "test/document",
        "textDocument/didOpen", "textDocument/didChange", "textDocument/didClose", "textDocument/didSave", "$/cancelRequest",
        "workspace/didChangeConfiguration", "$/setTrace", "initialize", "no/such/method", "",
    ];

    private static JsonObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

    // Params shaped as each method wants them; the mutations then break them.
    private static JsonNode Params(string method, int line, int character, string text) => method switch
    {
        "workspace/symbol" => new JsonObject { ["query"] = text },
        "test/document" => new JsonObject { ["uri"] = Uri },
        "textDocument/didOpen" => new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri, ["languageId"] = "markdown", ["version"] = 1, ["text"] = text } },
        "textDocument/didChange" => new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri, ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["range"] = new JsonObject { ["start"] = Position(line, character), ["end"] = Position(line, character + 1) }, ["text"] = text }),
        },
        "$/cancelRequest" => new JsonObject { ["id"] = line },
        "initialize" => new JsonObject { ["capabilities"] = new JsonObject() },
        "textDocument/inlayHint" or "textDocument/codeAction" => new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri },
            ["range"] = new JsonObject { ["start"] = Position(0, 0), ["end"] = Position(line, character) },
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
        },
        _ => new JsonObject { ["textDocument"] = new JsonObject { ["uri"] = Uri }, ["position"] = Position(line, character), ["newName"] = text },
    };

    private static readonly Gen<JsonNode?> Junk = Gen.OneOf(
        Gen.Const(() => (JsonNode?)null),
        Gen.Int.Select(i => (JsonNode?)i),
        Gen.Double.Select(d => double.IsFinite(d) ? (JsonNode?)d : 0.5),
        Gen.Bool.Select(b => (JsonNode?)b),
        Gen.String.Select(s => (JsonNode?)s),
        Gen.Const(() => (JsonNode?)new JsonArray()),
        Gen.Const(() => (JsonNode?)new JsonObject()),
        Gen.Int[1, 200].Select(depth => Nested(depth)));

    private static bool WithinDepth(string json)
    {
        try
        {
            using var _ = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static JsonNode? Nested(int depth)
    {
        var node = new JsonArray();
        for (var i = 1; i < depth; i++)
        {
            node = new JsonArray(node);
        }
        return node;
    }

    private enum Mutation
    {
        None,
        RemoveField,
        ReplaceValue,
        ReplaceMethod,
        ReplaceId,
        ReplaceParams,
    }

    private enum Framing
    {
        Proper,
        Truncated,
        Garbage,
        BrokenHeader,
        ShortLength,
    }

    private sealed record Frame(string Bytes, string? AnsweredId)
    {
        public override string ToString() => Bytes.Length > 300 ? Bytes[..300] + "…" : Bytes;
    }

    private static IEnumerable<JsonObject> Objects(JsonNode node)
    {
        if (node is JsonObject o)
        {
            yield return o;
        }
        foreach (var child in node switch { JsonObject o2 => o2.Select(p => p.Value), JsonArray a => a.AsEnumerable(), _ => [] })
        {
            if (child is not null)
            {
                foreach (var inner in Objects(child))
                {
                    yield return inner;
                }
            }
        }
    }

    private static readonly Gen<Frame> Frames =
        Gen.Select(Gen.Int[0, Methods.Length - 1].Select(i => Methods[i]), Gen.Int[0, 30], Gen.Int[0, 80], Gen.String[0, 40], Gen.Bool, Gen.Enum<Mutation>(), Junk, Gen.Int[0, 1000])
        .SelectMany(t => Gen.Select(Gen.Enum<Framing>(), Gen.Int[0, 1000], Gen.Int[0, 10_000]).Select(f => (t, f)))
        .Select(x =>
        {
            var ((method, line, character, text, isRequest, mutation, junk, pick), (framing, cut, id)) = x;
            var message = new JsonObject { ["jsonrpc"] = "2.0" };
            if (isRequest)
            {
                message["id"] = $"fuzz-{id}";
            }
            message["method"] = method;
            message["params"] = Params(method, line, character, text);
            switch (mutation)
            {
                case Mutation.RemoveField:
                    var owners = Objects(message).Where(o => o.Count > 0).ToList();
                    var owner = owners[pick % owners.Count];
                    owner.Remove(owner.ElementAt(pick % owner.Count).Key);
                    break;
                case Mutation.ReplaceValue:
                    var targets = Objects(message["params"]!).Where(o => o.Count > 0).ToList();
                    if (targets.Count > 0)
                    {
                        var target = targets[pick % targets.Count];
                        target[target.ElementAt(pick % target.Count).Key] = junk;
                    }
                    break;
                case Mutation.ReplaceMethod:
                    message["method"] = junk;
                    break;
                case Mutation.ReplaceId:
                    message["id"] = junk;
                    break;
                case Mutation.ReplaceParams:
                    message["params"] = junk;
                    break;
            }
            // Never stop the server under test: that is the lifecycle's business, tested elsewhere.
            if (message["method"] is JsonValue m && m.TryGetValue<string>(out var name) && name is "exit" or "shutdown" or "test/slow")
            {
                message["method"] = "no/such/method";
            }
            var body = message.ToJsonString();
            // JSON nested past 64 is refused as a parse error, answered with a null id as JSON-RPC says.
            var answeredId = message["id"] is JsonValue v && v.TryGetValue<string>(out var sid) && WithinDepth(body) ? sid : null;
            switch (framing)
            {
                case Framing.Truncated:
                    body = body[..(cut % Math.Max(1, body.Length))];
                    answeredId = null;
                    break;
                case Framing.Garbage:
                    return new Frame("Content-Length: x" + body[..(cut % Math.Max(1, body.Length))] + "\r\n\r\n", null);
                case Framing.BrokenHeader:
                    return new Frame($"Content-Lenght: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}", null);
                case Framing.ShortLength:
                    var bytes = Encoding.UTF8.GetByteCount(body);
                    return new Frame($"Content-Length: {Math.Max(0, bytes - 1 - cut % Math.Max(1, bytes))}\r\n\r\n{body}", null);
            }
            return new Frame($"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\n\r\n{body}", answeredId);
        });

    /// <summary>60 sequences in CI; FACTLSP_FUZZ_ITER=N runs more (CsCheck_Seed=… replays one).</summary>
    private static long Iterations => long.TryParse(Environment.GetEnvironmentVariable("FACTLSP_FUZZ_ITER"), out var n) ? n : 60;

    [Fact]
    public void Every_readable_request_is_answered_and_the_server_keeps_serving()
    {
        var sequences = 0;
        var frames = 0;
        Frames.List[1, 12].Sample(sequence =>
        {
            RunAsync(sequence).GetAwaiter().GetResult();
            Interlocked.Increment(ref sequences);
            Interlocked.Add(ref frames, sequence.Count);
        }, iter: Iterations, threads: 1, print: s => string.Join("\n", s));
        output.WriteLine($"{sequences} sequences, {frames} frames");
    }

    private static async Task RunAsync(List<Frame> sequence)
    {
        await using var server = InProcessServer.Start();
        await server.InitializeAsync();
        // An id sent twice is answered twice (the second refused while the first is in flight): either answer will do.
        var used = new HashSet<string>();
        foreach (var frame in sequence)
        {
            if (frame.AnsweredId is { } id)
            {
                used.Add(id);
            }
            await server.Client.WriteBytesAsync(frame.Bytes);
        }
        // Trailing junk too: the reader must find the frames after it.
        await server.Client.WriteBytesAsync("\r\n\r\n" + new string(' ', 64));
        foreach (var id in used)
        {
            var answer = await server.Client.WaitForResponseAsync(id);
            Assert.True(answer.TryGetProperty("result", out _) || answer.TryGetProperty("error", out _), answer.ToString());
        }

        await server.OpenAsync("file:///after.md", "still here");
        // An id no fuzzed $/cancelRequest can name (those cancel small integers, the test client's own ids).
        await server.Client.WriteRawAsync("""{"jsonrpc":"2.0","id":"probe-after","method":"test/document","params":{"uri":"file:///after.md"}}""");
        var probe = await server.Client.WaitForResponseAsync("probe-after");
        Assert.True(probe.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Object, probe.ToString());
        Assert.Equal("still here", result.GetProperty("text").GetString());
        Assert.Null(server.Client.FramingError);
        Assert.False(server.Run.IsCompleted, server.Log);
    }
}
