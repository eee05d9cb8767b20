using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;

namespace FactLsp.Server.Transport;

/// <summary>Builds the JSON-RPC connection the server speaks over: LSP framing, System.Text.Json.</summary>
internal static class JsonRpcFactory
{
    public static JsonRpc Create(Stream input, Stream output, Action<string> log)
    {
        var formatter = new SystemTextJsonFormatter();
        // LSP's optional properties are absent rather than null; the types mark the few that
        // must be written as null with JsonIgnoreCondition.Never.
        formatter.JsonSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        formatter.JsonSerializerOptions.NumberHandling = JsonNumberHandling.Strict;

        var rpc = new LspJsonRpc(new LspMessageHandler(output, input, formatter, log))
        {
            // Methods are invoked one at a time, in arrival order, each until its first await.
            // The endpoints only check the lifecycle and enqueue, so the request queue sees
            // messages in exactly the order the client sent them (the default context would run
            // them concurrently on the thread pool and could reorder didChange notifications).
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };
        return rpc;
    }

    /// <summary>The options used for the wire, for code that must (de)serialize a JsonElement itself.</summary>
    public static JsonSerializerOptions WireOptions { get; } = new(JsonSerializerDefaults.General)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
