using FactLsp.Core.Configuration;
using FactLsp.Core.Workspace;

namespace FactLsp.Core.Import;

/// <summary>What the user asked for beyond the URL or file.</summary>
public sealed record ImportOptions
{
    /// <summary>The id to cite the source by; made from publisher, date and title when null.</summary>
    public string? Id { get; init; }

    /// <summary>The source's kind (spec §3); <c>transcript</c> for a page of labelled turns, <c>document</c> for a PDF, else <c>article</c>.</summary>
    public string? Kind { get; init; }

    public string? Speaker { get; init; }

    /// <summary>Replace a source file already at the path.</summary>
    public bool Force { get; init; }

    /// <summary>The date written as <c>retrieved:</c> (today, unless a test fixes it).</summary>
    public DateOnly? Retrieved { get; init; }
}

/// <summary>A source ready to be written: its id, its path in the workspace and its whole text.</summary>
public sealed record PreparedSource(string Id, string RelativePath, string Text, string Kind, ExtractedText Extracted);

/// <summary>
/// <c>factlsp source add</c>'s work, shared by the command line and the language server: fetch or
/// read, extract the text and metadata, choose an id and a path, render the file; then, separately,
/// write it (to a temporary file moved into place, so a failure leaves nothing half-written).
/// </summary>
public static class SourceImporter
{
    public static readonly string[] Kinds = ["article", "transcript", "statement", "interview", "speech", "broadcast", "document", "post"];

    public static async Task<PreparedSource> PrepareAsync(SourceFetcher fetcher, string input, string workspaceRoot, ImportOptions options,
        ISet<string> takenIds, CancellationToken cancellationToken)
    {
        if (options.Id is { } wanted && !SourceIdMaker.IsValid(wanted))
        {
            throw new ImportException($"'{wanted}' is not an id: a letter or digit, then letters, digits, '-', '_', '.' or ':'");
        }
        if (options.Kind is { } kind && !Kinds.Contains(kind))
        {
            throw new ImportException($"'{kind}' is not a kind: one of {string.Join(", ", Kinds)}");
        }
        var fetched = await fetcher.FetchAsync(input, cancellationToken).ConfigureAwait(false);
        var extracted = Extract(fetched);
        if (extracted.IsEmpty)
        {
            throw new ImportException(fetched.Format == DocumentFormat.Pdf ? "the PDF has no text to import" : "no text found on the page (is it built by scripts, or behind a login?)");
        }
        var chosenKind = options.Kind
            ?? (TranscriptDetector.IsTranscript(extracted.Blocks) ? "transcript" : fetched.Format == DocumentFormat.Pdf ? "document" : "article");
        var id = options.Id ?? SourceIdMaker.Make(extracted.Metadata, FileNameOf(fetched), takenIds.Contains);
        var folder = SourcesFolder(workspaceRoot);
        var relative = $"{folder}/{id.Replace(':', '-')}.md";
        if (new FileClassifier(LoadConfig(workspaceRoot)).Classify(relative) != FileKind.Source)
        {
            throw new ImportException($"{relative} would not be read as a source: factlsp.yaml's sources patterns do not take it");
        }
        var header = new SourceHeader(
            id,
            chosenKind,
            fetched.Url is null ? null : extracted.Metadata.CanonicalUrl ?? fetched.Url.AbsoluteUri,
            fetched.Url is null ? Path.GetFileName(fetched.Location) : null,
            options.Speaker,
            options.Retrieved ?? DateOnly.FromDateTime(DateTime.UtcNow),
            fetched.Sha256);
        return new PreparedSource(id, relative, SourceDocumentWriter.Write(header, extracted), chosenKind, extracted);
    }

    public static ExtractedText Extract(FetchedDocument fetched) => fetched.Format switch
    {
        DocumentFormat.Pdf => PdfTextExtractor.Extract(fetched.Bytes),
        DocumentFormat.Html => HtmlTextExtractor.Extract(TextDecoding.Decode(fetched.Bytes, fetched.Charset, isHtml: true), fetched.Url),
        _ => PlainTextExtractor.Extract(TextDecoding.Decode(fetched.Bytes, fetched.Charset, isHtml: false), fetched.Format == DocumentFormat.Markdown, Path.GetFileNameWithoutExtension(fetched.Location)),
    };

    /// <summary>The ids a new source must not take: every source the workspace defines or an article declares.</summary>
    public static HashSet<string> TakenIds(WorkspaceSnapshot snapshot)
    {
        var taken = new HashSet<string>(snapshot.Index.SourceDefinitions.Keys, StringComparer.Ordinal);
        foreach (var article in snapshot.Articles)
        {
            taken.UnionWith(article.FrontMatter.Sources.Select(s => s.Metadata.Id));
        }
        return taken;
    }

    /// <summary>Where sources go: the folder the configuration's first source pattern names (<c>sources/**</c> → <c>sources</c>).</summary>
    public static string SourcesFolder(string workspaceRoot)
    {
        foreach (var pattern in LoadConfig(workspaceRoot).Sources)
        {
            var literal = string.Join('/', pattern.Split('/').TakeWhile(part => part.IndexOfAny(['*', '?', '[', '{']) < 0));
            if (literal.Length > 0 && !literal.Contains('.', StringComparison.Ordinal) && !literal.StartsWith('/'))
            {
                return literal.TrimEnd('/');
            }
        }
        return "sources";
    }

    private static FactLspConfig LoadConfig(string workspaceRoot)
    {
        var configPath = Path.Combine(workspaceRoot, FactLspConfig.FileName);
        return File.Exists(configPath) ? ConfigLoader.Parse(File.ReadAllText(configPath)).Config : FactLspConfig.Default;
    }

    /// <summary>
    /// Writes the file through a temporary file in the same folder, moved into place: a failure
    /// leaves no partial file, and an existing source is replaced only with <paramref name="force"/>.
    /// </summary>
    public static string Write(string workspaceRoot, PreparedSource source, bool force)
    {
        var full = Path.GetFullPath(Path.Combine(workspaceRoot, source.RelativePath));
        if (File.Exists(full) && !force)
        {
            throw new ImportException($"{source.RelativePath} already exists (use --force to replace it, or --id to choose another id)");
        }
        var folder = Path.GetDirectoryName(full)!;
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(temporary, source.Text, new System.Text.UTF8Encoding(false));
            File.Move(temporary, full, overwrite: force);
            return full;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new ImportException($"cannot write {source.RelativePath}: {e.Message.Split('\n')[0].Trim()}", e);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the temporary name starts with a dot and ends in .tmp.
        }
    }

    private static string FileNameOf(FetchedDocument fetched) =>
        fetched.Url is { } url ? url.Segments.LastOrDefault(s => s.Trim('/').Length > 0)?.Trim('/') ?? url.Host : Path.GetFileNameWithoutExtension(fetched.Location);
}
