namespace FactLsp.Core.Workspace;

/// <summary>What a workspace file is to FactLsp, decided by <c>factlsp.yaml</c>'s globs.</summary>
public enum FileKind
{
    Other,
    Article,
    Source,
    People,
    Config,
}
