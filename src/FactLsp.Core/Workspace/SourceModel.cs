using FactLsp.Core.Model;
using FactLsp.Core.Syntax;
using FactLsp.Core.Text;
using FactLsp.Core.Yaml;

namespace FactLsp.Core.Workspace;

/// <summary>
/// A source: its description and, when it has one, its text as plain prose (markup removed,
/// mapped back to the file). The prepared text (plain text, search index, transcript turns) is
/// built on use and shared by every snapshot that keeps this source unchanged, but not held for
/// the model's life: see <see cref="PreparedSources"/>.
/// </summary>
public sealed class SourceModel
{
    private readonly object _gate = new();
    private readonly int _bodyStart;
    private WeakReference<SourceText>? _prepared;
    // 0 not yet known, 1 has words, 2 has none: asked of every cited source by every article, answered once.
    private int _hasText;

    private SourceModel(SourceMetadata metadata, Definition definition, WorkspaceFile? file, int bodyStart,
        IReadOnlyList<YamlProblem> problems, FileProblem? readProblem, bool declaredInArticle)
    {
        Metadata = metadata;
        Definition = definition;
        File = file;
        Problems = problems;
        ReadProblem = readProblem;
        DeclaredInArticle = declaredInArticle;
        _bodyStart = bodyStart;
    }

    public string Id => Metadata.Id;

    public SourceMetadata Metadata { get; }

    /// <summary>Where the id is defined: the source file (its <c>id:</c> value, or its start), or the article's <c>sources:</c> key.</summary>
    public Definition Definition { get; }

    /// <summary>The file holding the words, or null for a source described without text.</summary>
    public WorkspaceFile? File { get; }

    /// <summary>Whether there are words to check against: a file whose body (after any front matter) is empty or blank has none.</summary>
    public bool HasText
    {
        get
        {
            if (_hasText == 0)
            {
                _hasText = File is { HasText: true } && Text.Plain.Paragraphs.Count > 0 ? 1 : 2;
            }
            return _hasText == 1;
        }
    }

    public bool DeclaredInArticle { get; }

    public IReadOnlyList<YamlProblem> Problems { get; }

    /// <summary>Why the text could not be read (outside the root, too large), if so.</summary>
    public FileProblem? ReadProblem { get; }

    /// <summary>The prepared text: the one in use if any, else built now (the same every time it is built).</summary>
    public SourceText Text
    {
        get
        {
            // Held already (a hover, a definition, the article being edited): no lock, which the indexing pass may hold.
            if (Volatile.Read(ref _prepared) is { } held && held.TryGetTarget(out var warm))
            {
                PreparedSources.Touch(warm);
                return warm;
            }
            SourceText? text;
            lock (_gate)
            {
                if (_prepared is null || !_prepared.TryGetTarget(out text))
                {
                    text = SourceText.Build(File, _bodyStart, Metadata);
                    PreparedSources.CountBuilt();
                    if (_prepared is null)
                    {
                        _prepared = new WeakReference<SourceText>(text);
                    }
                    else
                    {
                        _prepared.SetTarget(text);
                    }
                }
            }
            PreparedSources.Touch(text);
            return text;
        }
    }

    /// <summary>Whether the prepared text is built and held now (for tests).</summary>
    public bool IsPrepared
    {
        get
        {
            lock (_gate)
            {
                return _prepared is not null && _prepared.TryGetTarget(out _);
            }
        }
    }

    /// <summary>A source file of the workspace: its front matter describes it; its id defaults to the file name.</summary>
    public static SourceModel FromFile(WorkspaceFile file)
    {
        // A source held as bytes decodes only its front matter here: the body is read when it is prepared.
        var text = file.IsCompact ? SourceHeadReader.Head(file) : file.Text ?? string.Empty;
        var problems = new List<YamlProblem>();
        var defaultId = DefaultId(file.Path);
        var front = FrontMatterSyntax.Scan(text, out var frontError);
        if (frontError is not null)
        {
            problems.Add(new YamlProblem(frontError.Span, frontError.Message));
        }
        var bodyStart = front?.BodyStart ?? 0;
        SourceMetadata metadata;
        TextSpan? idSpan = null;
        if (front is not null)
        {
            var yaml = YamlText.Parse(front.Yaml, front.YamlSpan.Start);
            problems.AddRange(yaml.Problems);
            (metadata, idSpan, _, _) = SourceMetadataReader.Read(yaml, yaml.Root, defaultId, allowFile: false, problems);
        }
        else
        {
            metadata = SourceMetadataReader.Empty(defaultId);
        }
        var definition = new Definition(file.Path, idSpan ?? new TextSpan(0, 0));
        return new SourceModel(metadata, definition, file.HasText ? file : null, bodyStart, problems, file.Problem, declaredInArticle: false);
    }

    /// <summary>A source an article declares; <paramref name="file"/> is its text when it has a readable <c>file:</c>.</summary>
    public static SourceModel FromDeclaration(DeclaredSource declared, WorkspaceFile? file, FileProblem? readProblem)
    {
        var bodyStart = 0;
        if ((file is { IsCompact: true } ? SourceHeadReader.Head(file) : file?.Text) is { } text && FrontMatterSyntax.Scan(text, out _) is { } front)
        {
            bodyStart = front.BodyStart;
        }
        return new SourceModel(declared.Metadata, declared.Definition, file is { HasText: true } ? file : null, bodyStart, [], readProblem ?? file?.Problem, declaredInArticle: true);
    }

    public static string DefaultId(string path)
    {
        var name = path.Contains('/') ? path[(path.LastIndexOf('/') + 1)..] : path;
        var dot = name.LastIndexOf('.');
        return dot > 0 ? name[..dot] : name;
    }
}
