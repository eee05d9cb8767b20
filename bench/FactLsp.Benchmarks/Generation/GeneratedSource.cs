namespace FactLsp.Benchmarks.Generation;

/// <summary>Words a source gives to someone, as the source prints them (inside its quotation marks, or a transcript turn's line).</summary>
/// <param name="SpeakerId">Whom the source's own wording gives them to; null when it names nobody ("a spokesman said", a moderator).</param>
public sealed record QuotablePassage(string Text, string? SpeakerId);

/// <summary>A generated source file and what an article may quote from it.</summary>
public sealed record GeneratedSource(
    string Id,
    string Path,
    bool IsTranscript,
    DateOnly Date,
    long Bytes,
    IReadOnlyList<QuotablePassage> Passages,
    IReadOnlyList<string> Evidence,
    IReadOnlyList<string> Cast);
