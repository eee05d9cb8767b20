using System.Diagnostics;
using FactLsp.Core.Configuration;
using FactLsp.Core.Workspace;

namespace FactLsp.Cli;

/// <summary><c>factlsp check [PATH…]</c>: loads each workspace, checks it on every core, prints the report.</summary>
internal static class CheckCommand
{
    public static async Task<int> RunAsync(CheckOptions options, CliConsole console, CancellationToken cancellationToken)
    {
        var targets = new List<CheckTarget>();
        foreach (var path in options.Paths.Length == 0 ? ["."] : options.Paths)
        {
            var resolved = CheckTarget.Resolve(path);
            if (resolved is null)
            {
                await console.Error.WriteLineAsync($"factlsp: cannot read '{path}': no such file or folder.");
                return CommandLine.ExitUsage;
            }
            targets.AddRange(resolved);
        }

        using var batch = BatchCheck.Begin();
        var report = new CheckReport { Shard = options.Shard };
        using var progress = options.ShowProgress && console.ErrorIsTerminal ? new ProgressLine(console.Error) : null;
        foreach (var group in targets.GroupBy(t => t.Root, StringComparer.Ordinal))
        {
            var snapshot = options.Shard is { } shard
                ? shard.Load(group.Key, path => group.Any(t => t.Includes(path)), cancellationToken)
                : WorkspaceSnapshot.Load(group.Key, cancellationToken: cancellationToken);
            var cache = CheckCache.For(options, group.Key, console);
            snapshot = cache is null ? snapshot : await cache.ReuseAsync(snapshot, cancellationToken);
            report.WorkspaceRoots.Add(snapshot.Root.FullPath);
            var wanted = snapshot.Files.Where(f => group.Any(t => t.Includes(f.Path)) && (options.Shard?.Reports(f) ?? true)).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            var total = snapshot.Files.Count();
            progress?.Start(total);
            var all = snapshot.GetAllDiagnostics(new Progress<int>(n => progress?.Update(n)), cancellationToken);
            if (cache is not null)
            {
                await cache.SaveAsync(snapshot, cancellationToken);
            }
            var display = new DisplayPaths(snapshot.Root, Environment.CurrentDirectory);
            foreach (var (file, diagnostics) in all.Where(x => wanted.Contains(x.File.Path)))
            {
                report.FilesChecked++;
                foreach (var d in diagnostics)
                {
                    var related = d.Related.Select(r => new ReportedRelated(
                        display.Of(r.Location.Path), r.Location.Path, RangeOf(snapshot, r.Location), r.Message)).ToList();
                    report.Diagnostics.Add(new ReportedDiagnostic(d, display.Of(file.Path), file.Path, file.GetRange(d.Span), related, snapshot.Root.FullPath));
                }
            }
        }
        progress?.Finish();

        Stream? stream = null;
        try
        {
            stream = options.Output is { } file ? file.Create() : console.Output;
            switch (options.Format)
            {
                case "json":
                    JsonReportWriter.Write(report, stream);
                    break;
                case "sarif":
                    SarifReportWriter.Write(report, stream);
                    break;
                case "github":
                    await using (var writer = new StreamWriter(stream, leaveOpen: true) { AutoFlush = true })
                    {
                        GithubReportWriter.Write(report, writer);
                    }
                    break;
                default:
                    await using (var writer = new StreamWriter(stream, leaveOpen: true) { AutoFlush = true })
                    {
                        TextReportWriter.Write(report, writer);
                    }
                    break;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await console.Error.WriteLineAsync($"factlsp: cannot write '{options.Output?.FullName}': {e.Message}");
            return CommandLine.ExitUsage;
        }
        finally
        {
            if (options.Output is not null)
            {
                stream?.Dispose();
            }
            else
            {
                stream?.Flush();
            }
        }
        if (options.Output is not null && options.Format is not ("text" or "github"))
        {
            await console.Error.WriteLineAsync(TextReportWriter.Summary(report));
        }
        return report.Fails(options.WarningsAsErrors) ? CommandLine.ExitFindings : CommandLine.ExitOk;
    }

    // A source held as bytes answers ranges from its line starts, without decoding its text again for each place.
    private static Core.Text.LineRange RangeOf(WorkspaceSnapshot snapshot, Core.Diagnostics.Location location) =>
        snapshot.GetFile(location.Path)?.GetRange(location.Span) ?? new Core.Text.LineMap(snapshot.Root.Read(location.Path).Text ?? string.Empty).GetRange(location.Span);
}

/// <summary>
/// Paths as the user can click them: relative to the current folder when inside it. Each path once: a report names
/// the same few hundred sources thousands of times, and asking the system for the current folder each time cost more
/// than writing the report.
/// </summary>
internal sealed class DisplayPaths(WorkspaceRoot root, string currentDirectory)
{
    private readonly Dictionary<string, string> _known = new(StringComparer.Ordinal);

    public string Of(string path)
    {
        if (!_known.TryGetValue(path, out var shown))
        {
            var full = root.ToFullPath(path);
            var relative = Path.GetRelativePath(currentDirectory, full);
            shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative.Replace('\\', '/');
            _known[path] = shown;
        }
        return shown;
    }
}

/// <summary>One PATH of the command line: the workspace it belongs to, and which of its files it names.</summary>
internal sealed record CheckTarget(string Root, string? Only)
{
    public bool Includes(string path) => Only is null || path == Only || path.StartsWith(Only + "/", StringComparison.Ordinal);

    /// <summary>
    /// The workspaces a PATH stands for, found as the language server finds them: the one holding
    /// it, else (for a folder above any workspace, a repository's root, say) each workspace below it.
    /// </summary>
    public static IReadOnlyList<CheckTarget>? Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        var isFile = File.Exists(full);
        if (!isFile && !Directory.Exists(full))
        {
            return null;
        }
        var start = isFile ? Path.GetDirectoryName(full)! : full;
        if (WorkspaceDiscovery.FindRootFor(start) is not { } root)
        {
            return isFile ? [new CheckTarget(start, Path.GetFileName(full))] : WorkspaceDiscovery.FindRootsIn(full).Select(r => new CheckTarget(r, null)).ToList();
        }
        var relative = Path.GetRelativePath(root, full).Replace('\\', '/');
        return [new CheckTarget(root, relative == "." ? null : relative)];
    }
}

/// <summary>A progress line on a terminal's standard error, shown only once a check has run for a second.</summary>
internal sealed class ProgressLine : IDisposable
{
    private readonly TextWriter _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _total;
    private bool _shown;
    private long _lastDraw;

    public ProgressLine(TextWriter error) => _error = error;

    public void Start(int total) => _total = total;

    public void Update(int done)
    {
        var now = _clock.ElapsedMilliseconds;
        if (now < 1000 || now - Interlocked.Read(ref _lastDraw) < 100)
        {
            return;
        }
        Interlocked.Exchange(ref _lastDraw, now);
        lock (_error)
        {
            _shown = true;
            _error.Write($"\rChecked {done:N0} of {_total:N0} files…");
        }
    }

    public void Finish()
    {
        lock (_error)
        {
            if (_shown)
            {
                _error.Write("\r\x1b[K");
                _shown = false;
            }
        }
    }

    public void Dispose() => Finish();
}
