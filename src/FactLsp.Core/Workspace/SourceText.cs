using System.Runtime.CompilerServices;
using FactLsp.Core.Attribution;
using FactLsp.Core.Matching;
using FactLsp.Core.Model;
using FactLsp.Core.Syntax;
using FactLsp.Core.Text;

namespace FactLsp.Core.Workspace;

/// <summary>
/// A source's words, ready to search: the plain text (markup removed), its transcript turns,
/// the segments an ellipsis may not cross (turns in a transcript, else paragraphs) and the
/// search index. Built once per source text and shared by every article that cites it.
/// </summary>
public sealed class SourceText
{
    private readonly ConditionalWeakTable<SpeakerDirectory, SpeakerInference> _inference = new();
    private readonly Lazy<SearchableSource> _searchable;
    private readonly SourceMetadata _metadata;
    private IReadOnlyList<TranscriptTurn>? _turns;
    private SpeakerDirectory? _turnsDirectory;

    private SourceText(WorkspaceFile? file, PlainDocument plain, SourceMetadata metadata)
    {
        File = file;
        Plain = plain;
        _metadata = metadata;
        _searchable = new Lazy<SearchableSource>(CreateSearchable);
    }

    public WorkspaceFile? File { get; }

    public PlainDocument Plain { get; }

    /// <summary>
    /// Whether the source is read as labelled turns: a transcript, and an interview or broadcast, which newsrooms
    /// print the same way ("QUESTION: …" / "SECRETARY BLINKEN: …"). Where the spec names only transcripts, an
    /// editor reading an interview's labels reads them as turns all the same.
    /// </summary>
    public bool IsTranscript => _metadata.Kind is SourceKind.Transcript or SourceKind.Interview or SourceKind.Broadcast;

    /// <summary>Where ellipsis pieces must stay together: the turns of a transcript, else paragraphs.</summary>
    public IReadOnlyList<TextSpan> Segments => HasTurns
        ? Turns(SpeakerDirectory.Empty).Select(t => t.Span).ToList()
        : Plain.Paragraphs;

    /// <summary>A transcript with labelled turns: a passage then stays inside one turn.</summary>
    private bool HasTurns => IsTranscript && Turns(SpeakerDirectory.Empty).Count > 0;

    public SearchableSource Searchable => _searchable.Value;

    /// <summary>Which editing of spoken words a quote of this source may make (spec §5): transcripts, statements, speeches, posts.</summary>
    public SpokenAllowances Allowances => _metadata.Kind switch
    {
        SourceKind.Transcript => SpokenAllowances.Transcript,
        SourceKind.Statement or SourceKind.Speech or SourceKind.Post => SpokenAllowances.Remarks,
        _ => SpokenAllowances.None,
    };

    private SearchableSource CreateSearchable()
    {
        if (!HasTurns)
        {
            return SearchableSource.Create(Plain, Segments, spoken: Allowances);
        }
        var turns = Turns(SpeakerDirectory.Empty);
        return SearchableSource.Create(Plain, turns.Select(t => t.Span).ToList(), confined: true,
            turns.Select(t => new SegmentTurn(SpeakerKey(t), t.Label)).ToList(), Allowances);
    }

    /// <summary>
    /// Who speaks a turn, for bridging an interjection: the speaker the source's <c>speakers:</c> map names,
    /// else the label itself (case and spacing ignored, so "MR MILLER" is "Mr  Miller"); nobody for an unnamed
    /// questioner (Q, QUESTION, REPORTER, AUDIENCE MEMBER): two reporters' turns need not be one reporter's.
    /// </summary>
    private static string? SpeakerKey(TranscriptTurn turn)
    {
        if (turn.SpeakerId is { } id)
        {
            return "id:" + id;
        }
        var label = string.Join(' ', turn.Label.ToUpperInvariant().Split([' ', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.');
        return label is "Q" or "QUESTION" or "REPORTER" or "AUDIENCE MEMBER" or "AUDIENCE" ? null : "label:" + label;
    }

    /// <summary>The transcript's turns, with labels resolved through the source's map and the directory.</summary>
    public IReadOnlyList<TranscriptTurn> Turns(SpeakerDirectory directory)
    {
        if (!IsTranscript)
        {
            return [];
        }
        lock (_inference)
        {
            if (_turns is null || !ReferenceEquals(_turnsDirectory, directory))
            {
                _turns = TranscriptTurns.Find(Plain, _metadata.Speakers, directory, _metadata.Date?.Day);
                _turnsDirectory = directory;
            }
            return _turns;
        }
    }

    /// <summary>Who the source gives a passage to, as far as its own text tells.</summary>
    public SpeakerAttribution Attribute(SpeakerDirectory directory, TextSpan plainPassage)
    {
        var inference = _inference.GetValue(directory, d => SharedInference(d) ?? new SpeakerInference(
            Plain, d, IsTranscript ? TranscriptTurns.Find(Plain, _metadata.Speakers, d, _metadata.Date?.Day) : null, Owner(d), _metadata.Date?.Day,
            ownWordsKind: _metadata.HasOwnSpeaker));
        return inference.Attribute(plainPassage);
    }

    /// <summary>
    /// The inference already made for another directory that answers alike about this source: an article with its
    /// own <c>speakers:</c> has a directory of its own, and most sources it cites never name its speakers.
    /// </summary>
    private SpeakerInference? SharedInference(SpeakerDirectory directory)
    {
        foreach (var (other, inference) in _inference)
        {
            if (directory.AgreesOn(other, Plain.Text.Text) && string.Equals(Owner(directory), Owner(other), StringComparison.Ordinal))
            {
                return inference;
            }
        }
        return null;
    }

    /// <summary>
    /// Whose own words a statement, speech or post is (spec §3): its <c>speaker:</c>, else its <c>author</c> when
    /// that names a registered person. A transcript's <c>speaker:</c> gives it the words before its first label
    /// (a briefer who starts speaking before any label is printed); other kinds have none.
    /// </summary>
    public string? Owner(SpeakerDirectory directory) =>
        _metadata.Speaker is { Length: > 0 } speaker && (_metadata.HasOwnSpeaker || IsTranscript) ? speaker
        : !_metadata.HasOwnSpeaker ? null
        : _metadata.Author is { Length: > 0 } author ? directory.ResolveLabel(author, _metadata.Date?.Day)
        : null;

    internal static SourceText Build(WorkspaceFile? file, int bodyStart, SourceMetadata metadata)
    {
        if (file is null || !file.HasText)
        {
            return new SourceText(null, PlainDocument.Empty, metadata);
        }
        var markdown = file.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || file.Path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase);
        if (file.IsCompact)
        {
            return new SourceText(file, markdown ? MarkdownPlain(file.Utf8, bodyStart) : TextPlain(file.Utf8.Span, bodyStart), metadata);
        }
        var text = file.Text!;
        var plain = markdown ? MarkdownDocumentParser.Parse(text).Plain : PlainTextDocument.Parse(text);
        return new SourceText(file, plain, metadata);
    }

    // A source held as UTF-8 bytes is prepared from them without decoding the whole file into a string of its own:
    // the plain text of a .txt source is its body, decoded alone; Markdig reads a .md source with its front matter
    // blanked, decoded straight into that form. bodyStart is where the body begins as the source's model found it
    // in the front matter (0 without one), which is what scanning the whole text finds.

    private static PlainDocument TextPlain(ReadOnlySpan<byte> utf8, int bodyStart)
    {
        var body = System.Text.Encoding.UTF8.GetString(utf8[Utf8Offset(utf8, bodyStart)..]);
        return new PlainDocument(MappedText.Identity(body, bodyStart), PlainTextDocument.Paragraphs(body), []);
    }

    private static PlainDocument MarkdownPlain(ReadOnlyMemory<byte> utf8, int bodyStart)
    {
        var markdown = string.Create(System.Text.Encoding.UTF8.GetCharCount(utf8.Span), (utf8, bodyStart), static (chars, state) =>
        {
            System.Text.Encoding.UTF8.GetChars(state.utf8.Span, chars);
            MarkdownDocumentParser.BlankFrontMatter(chars, state.bodyStart);
        });
        return MarkdownDocumentParser.ParsePlain(markdown, bodyStart)
            ?? MarkdownDocumentParser.Parse(System.Text.Encoding.UTF8.GetString(utf8.Span)).Plain;
    }

    /// <summary>The byte offset in valid UTF-8 of the character at UTF-16 offset <paramref name="utf16"/> (a front matter's length: short).</summary>
    private static int Utf8Offset(ReadOnlySpan<byte> utf8, int utf16)
    {
        var bytes = 0;
        for (var chars = 0; chars < utf16 && bytes < utf8.Length;)
        {
            System.Text.Rune.DecodeFromUtf8(utf8[bytes..], out var rune, out var used);
            bytes += used;
            chars += rune.Utf16SequenceLength;
        }
        return bytes;
    }
}
