using System.Text;
using FactLsp.Core.Import;
using FactLsp.Core.Workspace;

namespace FactLsp.Cli;

/// <summary>What <c>factlsp source add</c> was asked.</summary>
internal sealed record SourceAddOptions(
    string[] Inputs,
    string? Id,
    string? Kind,
    string? Speaker,
    string? Workspace,
    bool DryRun,
    bool Force,
    TimeSpan Timeout);

/// <summary>
/// <c>factlsp source add URL|FILE…</c>: imports each page or file into the workspace's sources
/// folder and prints the id to cite, one a line. A failure is one line on standard error with the
/// reason; the other inputs still go ahead, nothing half-written is left, and the exit code is 2.
/// </summary>
internal static class SourceAddCommand
{
    public static async Task<int> RunAsync(SourceAddOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        if (options.Id is not null && options.Inputs.Length > 1)
        {
            await console.Error.WriteLineAsync("factlsp: --id names one source: give one URL or file with it.");
            return CommandLine.ExitUsage;
        }
        var root = ResolveWorkspace(options.Workspace);
        if (root is null)
        {
            await console.Error.WriteLineAsync($"factlsp: cannot use '{options.Workspace}' as the workspace: no such folder.");
            return CommandLine.ExitUsage;
        }

        var taken = SourceImporter.TakenIds(WorkspaceSnapshot.Load(root, cancellationToken: cancellationToken));
        var importOptions = new ImportOptions { Id = options.Id, Kind = options.Kind, Speaker = options.Speaker, Force = options.Force };
        using var fetcher = new SourceFetcher(new FetchOptions { Timeout = options.Timeout });
        var failed = false;
        foreach (var input in options.Inputs)
        {
            try
            {
                var prepared = await SourceImporter.PrepareAsync(fetcher, input, root, importOptions, taken, cancellationToken);
                if (options.DryRun)
                {
                    await console.Error.WriteLineAsync($"Would write {prepared.RelativePath} ({Describe(prepared)}); nothing written (--dry-run).");
                    await WriteOutAsync(console, prepared.Text);
                    continue;
                }
                SourceImporter.Write(root, prepared, options.Force);
                taken.Add(prepared.Id);
                await console.Error.WriteLineAsync($"Wrote {prepared.RelativePath} ({Describe(prepared)}). Cite it as src={prepared.Id}");
                await WriteOutAsync(console, prepared.Id + "\n");
            }
            catch (ImportException e)
            {
                failed = true;
                await console.Error.WriteLineAsync($"factlsp: cannot import '{input}': {e.Message}");
            }
        }
        return failed ? CommandLine.ExitUsage : CommandLine.ExitOk;
    }

    /// <summary>--workspace, else the workspace holding the current folder, else the current folder.</summary>
    private static string? ResolveWorkspace(string? given)
    {
        if (given is not null)
        {
            var full = Path.GetFullPath(given);
            return Directory.Exists(full) ? full : null;
        }
        var current = Environment.CurrentDirectory;
        return WorkspaceDiscovery.FindRootFor(current) ?? current;
    }

    private static string Describe(PreparedSource prepared)
    {
        var blocks = prepared.Extracted.Blocks;
        var paragraphs = blocks.Count(b => b.Kind is BlockKind.Paragraph or BlockKind.BlockQuote);
        var pages = blocks.Count(b => b.Kind == BlockKind.PageStart);
        return pages > 0 ? $"{prepared.Kind}, {paragraphs} paragraphs on {pages} pages" : $"{prepared.Kind}, {paragraphs} paragraphs";
    }

    private static async Task WriteOutAsync(CliConsole console, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        await console.Output.WriteAsync(bytes);
        await console.Output.FlushAsync();
    }
}
