using FactLsp.Core.Workspace;
using FactLsp.Core.Yaml;

namespace FactLsp.Core.Checking;

/// <summary>Gives an article's declared source its text: the workspace's copy of the <c>file:</c>, the editor's, or the disk's, never outside the root.</summary>
internal static class DeclaredSourceLoader
{
    public static SourceModel Load(WorkspaceSnapshot snapshot, ArticleModel article, DeclaredSource declared)
    {
        if (declared.File is null)
        {
            return SourceModel.FromDeclaration(declared, null, null);
        }
        var path = WorkspaceRoot.ResolveRelative(article.Path, declared.File);
        if (path is null)
        {
            return SourceModel.FromDeclaration(declared, null,
                new FileProblem(FileProblemKind.OutsideRoot, $"'{declared.File}' lies outside the workspace; it was not read."));
        }
        if (snapshot.GetFile(path) is { } known)
        {
            return SourceModel.FromDeclaration(declared, known, known.Problem);
        }
        if (snapshot.GetEditorText(path) is { } open)
        {
            return SourceModel.FromDeclaration(declared, new WorkspaceFile(path, FileKind.Source, open, null), null);
        }
        var file = snapshot.Root.ReadFile(path, FileKind.Source, compact: true);
        return SourceModel.FromDeclaration(declared, file, file.Problem);
    }
}
