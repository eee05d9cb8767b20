namespace FactLsp.Core.Diagnostics;

/// <summary>
/// Every rule FactLsp reports: the seventeen of the spec's section 6, then the file rules the
/// spec leaves unnamed (broken YAML, unreadable files), which a workspace needs all the same.
/// </summary>
public static class Rules
{
    public static readonly Rule MalformedAnnotation = new("malformed-annotation", Severity.Error, "Bad span or attribute syntax, a missing or unknown key.");
    public static readonly Rule UnknownSpeaker = new("unknown-speaker", Severity.Error, "`by` names nobody in the people registry or the article's speakers.");
    public static readonly Rule UnknownSource = new("unknown-source", Severity.Error, "`src` names no source, or its file cannot be read safely.");
    public static readonly Rule DuplicateId = new("duplicate-id", Severity.Error, "One id defined twice: two sources, two people, or an article redefining a registry id.");
    public static readonly Rule QuoteNotFound = new("quote-not-found", Severity.Error, "The quoted words are not in the source, not even closely.");
    public static readonly Rule Misquote = new("misquote", Severity.Warning, "The source says something close to, but not exactly, the quoted words.");
    public static readonly Rule WrongSpeaker = new("wrong-speaker", Severity.Error, "The source gives the words to someone else (error in a transcript or annotation, warning when inferred from prose).");
    public static readonly Rule SpeakerNotEvident = new("speaker-not-evident", Severity.Info, "The source does not make clear who said the words.");
    public static readonly Rule NotQuotedInSource = new("not-quoted-in-source", Severity.Warning, "The words are in the source, but as its own narration or paraphrase, not as anyone's quotation.");
    public static readonly Rule UnverifiableQuote = new("unverifiable-quote", Severity.Info, "The source has no text, or the quote is a translation of it.");
    public static readonly Rule EvidenceNotFound = new("evidence-not-found", Severity.Warning, "A claim's `evidence` is not in its source.");
    public static readonly Rule ClaimWithoutSource = new("claim-without-source", Severity.Warning, "A `.claim` with no `src`.");
    public static readonly Rule DisputedClaim = new("disputed-claim", Severity.Warning, "A claim whose status is disputed, false or misleading.");
    public static readonly Rule UnattributedQuote = new("unattributed-quote", Severity.Warning, "Text of four words or more in double quotation marks outside any annotation.");
    public static readonly Rule SourceAfterArticle = new("source-after-article", Severity.Warning, "The source is dated after the article.");
    public static readonly Rule UnusedDefinition = new("unused-definition", Severity.Hint, "A speaker or source declared in the article's front matter and never used.");
    public static readonly Rule QuoteAlteration = new("quote-alteration", Severity.Hint, "An allowed omission or insertion in a quote, naming what was left out.");

    // File rules: not in the spec's table, which is silent on files FactLsp cannot read.
    public static readonly Rule InvalidYaml = new("invalid-yaml", Severity.Error, "Front matter, people.yaml or factlsp.yaml is not valid YAML or has a wrong shape.", IsFileRule: true);
    public static readonly Rule UnreadableFile = new("unreadable-file", Severity.Warning, "A file was skipped: too large, outside the workspace, or unreadable.", IsFileRule: true);
    public static readonly Rule InvalidEncoding = new("invalid-encoding", Severity.Warning, "A file is not valid UTF-8; the bad bytes were read as U+FFFD.", IsFileRule: true);

    public static IReadOnlyList<Rule> All { get; } =
    [
        MalformedAnnotation, UnknownSpeaker, UnknownSource, DuplicateId, QuoteNotFound, Misquote, WrongSpeaker,
        SpeakerNotEvident, NotQuotedInSource, UnverifiableQuote, EvidenceNotFound, ClaimWithoutSource, DisputedClaim, UnattributedQuote,
        SourceAfterArticle, UnusedDefinition, QuoteAlteration, InvalidYaml, UnreadableFile, InvalidEncoding,
    ];

    private static readonly Dictionary<string, Rule> ByCode = All.ToDictionary(r => r.Code, StringComparer.Ordinal);

    public static Rule? Find(string code) => ByCode.GetValueOrDefault(code);
}
