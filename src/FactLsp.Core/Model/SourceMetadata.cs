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
    /// <summary>
    /// Whose words a statement, speech or post is (front matter <c>speaker:</c>, a person id); null when
    /// not given, and then the author may name the speaker (spec §3).
    /// </summary>
    public string? Speaker { get; init; }

    /// <summary>The person ids the front matter names (<c>speaker:</c> and the values of <c>speakers:</c>), where they stand.</summary>
    public IReadOnlyList<SpeakerIdReference> SpeakerIds { get; init; } = [];

    /// <summary>The kinds whose body is somebody's own words (spec §3, "Statements, speeches and posts").</summary>
    public bool HasOwnSpeaker => Kind is SourceKind.Statement or SourceKind.Speech or SourceKind.Post;

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

/// <summary>A person id in a source's front matter: its value, its span in the file, and the key it stands under.</summary>
public sealed record SpeakerIdReference(string Id, Text.TextSpan Span, string Key);
