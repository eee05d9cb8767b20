namespace FactLsp.Core.Workspace;

/// <summary>
/// A file's text as read from disk, or why it was not read. A file read with replacement
/// characters has text and a problem both.
/// </summary>
public sealed record FileReadResult(string? Text, FileProblem? Problem)
{
    public bool HasText => Text is not null;
}

/// <summary>What went wrong reading a file: the rule it falls under, a message, and where (an offset in the text, when there is one).</summary>
public sealed record FileProblem(FileProblemKind Kind, string Message, int Offset = 0);

public enum FileProblemKind
{
    /// <summary>A path or symbolic link that leaves the workspace root: never read.</summary>
    OutsideRoot,
    /// <summary>Over the size limit: skipped.</summary>
    TooLarge,
    /// <summary>Missing or unreadable.</summary>
    Unreadable,
    /// <summary>Not valid UTF-8: read with U+FFFD for the bad bytes.</summary>
    InvalidUtf8,
}
