using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using FactLsp.Server.Diagnostics;
using FactLsp.Server.Protocol;
using FactLsp.Server.Tests.Infrastructure;

namespace FactLsp.Server.Tests;

/// <summary>
/// A round of diagnostics that a new edit cancels keeps what it already sent: only the documents
/// it had not reached go to the next round (after indexing, a keystroke used to resend thousands).
/// </summary>
public class StreamingDiagnosticsTests
{
    /// <summary>The first round of documents sends its first one, then hangs until cancelled; later rounds answer at once.</summary>
    private sealed class HangingProvider : IDiagnosticsProvider
    {
        private int _hung;

        public ConcurrentQueue<IReadOnlySet<string>> Rounds { get; } = new();

        public async Task<IReadOnlyDictionary<string, IReadOnlyList<Diagnostic>>> ComputeAsync(DiagnosticsRequest request, CancellationToken cancellationToken)
        {
            // A whole-workspace round (after `initialized`) stands for every open document.
            var uris = (request.ChangedUris ?? request.State.Documents.All.Select(d => d.Uri).ToHashSet()).Order(StringComparer.Ordinal).ToList();
            if (uris.Count == 0)
            {
                return new Dictionary<string, IReadOnlyList<Diagnostic>>();
            }
            Rounds.Enqueue(uris.ToHashSet());
            if (Interlocked.Exchange(ref _hung, 1) == 0)
            {
                request.OnDocument?.Invoke(uris[0], []);
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            return uris.ToDictionary(u => u, _ => (IReadOnlyList<Diagnostic>)[]);
        }
    }

    [Fact]
    public async Task A_cancelled_round_passes_on_only_the_documents_it_had_not_sent()
    {
        var provider = new HangingProvider();
        // One round for both opens whatever the machine's load: the debounce restarts with each
        // change, and two frames written at once are never a second apart.
        await using var server = InProcessServer.Start(new LanguageServerOptions { DiagnosticsProvider = provider, DiagnosticsDelay = TimeSpan.FromSeconds(1) });
        await server.InitializeAsync();
        await server.Client.WriteBytesAsync(InProcessServer.DidOpenFrame("file:///w/a.md", "a") + InProcessServer.DidOpenFrame("file:///w/c.md", "c"));
        await server.Client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == "file:///w/a.md");

        await server.OpenAsync("file:///w/b.md", "b");
        await server.Client.WaitForNotificationAsync("textDocument/publishDiagnostics", p => p.GetProperty("uri").GetString() == "file:///w/c.md");

        var rounds = provider.Rounds.ToArray();
        Assert.Equal(2, rounds.Length);
        Assert.Equal(["file:///w/a.md", "file:///w/c.md"], rounds[0].Order(StringComparer.Ordinal));
        Assert.Equal(["file:///w/b.md", "file:///w/c.md"], rounds[1].Order(StringComparer.Ordinal));
        Assert.Single(server.Client.NotificationsOf("textDocument/publishDiagnostics"), p => p.GetProperty("uri").GetString() == "file:///w/a.md");
    }
}
