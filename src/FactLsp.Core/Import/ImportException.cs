namespace FactLsp.Core.Import;

/// <summary>
/// An import that cannot go on, with the reason in one line a person can act on ("HTTP 404 Not
/// Found", "timed out after 30 s", "a PDF without a text layer"). Nothing has been written when it is thrown.
/// </summary>
public sealed class ImportException(string reason, Exception? inner = null) : Exception(reason, inner);
