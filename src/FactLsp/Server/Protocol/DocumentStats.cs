using System.Text.Json.Serialization;

namespace FactLsp.Server.Protocol;

/// <summary>`factlsp/documentStats`: FactLsp's own request, for the VS Code client's status bar.</summary>
public sealed record DocumentStatsParams(
    [property: JsonPropertyName("textDocument")] TextDocumentIdentifier TextDocument) : ITextDocumentParams;

/// <summary>
/// An article's quotes by standing (the same counts as its code lens). `verified`: the words and the
/// speaker both check out; `wrongSpeaker`, `speakerUnconfirmed`, `notQuotedInSource`: the words do, the speaker does not.
/// </summary>
public sealed record DocumentStats(
    [property: JsonPropertyName("quotes")] int Quotes,
    [property: JsonPropertyName("verified")] int Verified,
    [property: JsonPropertyName("misquotes")] int Misquotes,
    [property: JsonPropertyName("notFound")] int NotFound,
    [property: JsonPropertyName("unverifiable")] int Unverifiable,
    [property: JsonPropertyName("wrongSpeaker")] int WrongSpeaker,
    [property: JsonPropertyName("speakerUnconfirmed")] int SpeakerUnconfirmed,
    [property: JsonPropertyName("notQuotedInSource")] int NotQuotedInSource);
