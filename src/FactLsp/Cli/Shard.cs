using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FactLsp.Core.Workspace;

namespace FactLsp.Cli;

/// <summary>
/// <c>--shard K/N</c>: the K-th of N shares of a workspace's articles, for a CI matrix. An article
/// belongs to the share its workspace-relative path hashes to, so every machine agrees without
/// listing or sizing the other files, and adding an article moves no other one.
/// </summary>
internal sealed record Shard(int Index, int Count)
{
    /// <summary>The share an article's path falls in, 1 to <paramref name="count"/>: the first 8 bytes of SHA-256 of its NFC UTF-8 path, big-endian, modulo the count.</summary>
    public static int Of(string workspacePath, int count)
    {
        // NFC: macOS may spell "é" decomposed in a checkout that Linux spells composed.
        var bytes = Encoding.UTF8.GetBytes(workspacePath.Replace('\\', '/').Normalize(NormalizationForm.FormC));
        var hash = SHA256.HashData(bytes);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count) + 1;
    }

    public bool HoldsArticle(string workspacePath) => Of(workspacePath, Count) == Index;

    /// <summary>The workspace-wide findings (the configuration's, the people registries', the sources' own) are the first shard's, so they appear once.</summary>
    public bool HoldsWorkspaceFiles => Index == 1;

    /// <summary>Whether a file's own diagnostics are this shard's to report.</summary>
    public bool Reports(WorkspaceFile file) => file.Kind == FileKind.Article ? HoldsArticle(file.Path) : HoldsWorkspaceFiles;

    /// <summary>SARIF's <c>runAutomationDetails.id</c>: a category per shard, so code scanning keeps every shard's results.</summary>
    public string AutomationId => $"factlsp/shard-{Index}-of-{Count}/";

    /// <summary>This shard's articles among those <paramref name="wanted"/> accepts, with what their checks read (and every source's front matter).</summary>
    public WorkspaceSnapshot Load(string root, Func<string, bool> wanted, CancellationToken cancellationToken) =>
        WorkspaceSnapshot.LoadArticles(root, path => wanted(path) && HoldsArticle(path), readSourcesThrough: HoldsWorkspaceFiles, cancellationToken);

    public override string ToString() => $"shard {Index} of {Count}";

    /// <summary>"K/N" with 1 ≤ K ≤ N; otherwise null and the reason.</summary>
    public static Shard? Parse(string text, out string? error)
    {
        error = null;
        var parts = text.Split('/');
        if (parts.Length != 2 || !TryNumber(parts[0], out var index) || !TryNumber(parts[1], out var count))
        {
            error = $"--shard takes K/N, two whole numbers such as 2/5, not '{text}'";
            return null;
        }
        if (count < 1)
        {
            error = $"--shard {text}: N, the number of shards, must be at least 1";
            return null;
        }
        if (index < 1 || index > count)
        {
            error = $"--shard {text}: K must be between 1 and {count.ToString(CultureInfo.InvariantCulture)}";
            return null;
        }
        return new Shard(index, count);
    }

    private static bool TryNumber(string text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value) && text.Trim() == text && text.Length > 0;
}
