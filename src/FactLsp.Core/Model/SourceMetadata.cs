namespace FactLsp.Core.Model;

/// <summary>What a source's front matter (or an article's <c>sources:</c> entry) says about it.</summary>
public sealed record SourceMetadata(
    string Id,
    string? Title,
    string? Publisher,
    string? Author,
    PublicationDate? Date,
    string? Url,
    SourceKind Kind,
    string? Language,
    IReadOnlyDictionary<string, string> Speakers)
{
    public static readonly string[] KindNames = ["article", "transcript", "statement", "interview", "speech", "broadcast", "document", "post"];
}

public enum SourceKind
{
    Article,
    Transcript,
    Statement,
    Interview,
    Speech,
    Broadcast,
    Document,
    Post,
}
