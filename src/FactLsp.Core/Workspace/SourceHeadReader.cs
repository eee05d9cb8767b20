using System.Text;
using FactLsp.Core.Syntax;

namespace FactLsp.Core.Workspace;

/// <summary>
/// Reads a source file only as far as its front matter: what its id, its definition and its YAML
/// problems need, and nothing of the body a check searches. The text it keeps is an exact prefix of
/// what <see cref="WorkspaceRoot.Read"/> gives, so every span in the front matter is the same.
/// </summary>
public static class SourceHeadReader
{
    // Most front matters are a few hundred bytes; a longer one is read again four times larger.
    private const int FirstRead = 8 * 1024;

    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The source file at <paramref name="path"/>, its text cut just after the front matter (empty
    /// when it has none); <c>IsWhole</c> when the text kept is all there is (a short file with an
    /// unclosed front matter, a file that could not be read). With <paramref name="validateWhole"/>
    /// the whole file is read, so that its read problem (bad UTF-8) is the one a full read reports;
    /// a file with one is kept whole, with its problem.
    /// </summary>
    public static (WorkspaceFile File, bool IsWhole) Read(WorkspaceRoot root, string path, bool validateWhole)
    {
        var size = validateWhole ? int.MaxValue : FirstRead;
        while (true)
        {
            var prefix = root.ReadPrefix(path, size);
            if (prefix.Bytes is not { } bytes)
            {
                return (new WorkspaceFile(path, FileKind.Source, null, prefix.Problem), true);
            }
            if (prefix.IsWhole)
            {
                var read = WorkspaceRoot.Decode(bytes);
                if (read.Problem is not null || Head(read.Text!, complete: true) is not { } whole)
                {
                    return (new WorkspaceFile(path, FileKind.Source, read.Text, read.Problem), true);
                }
                return (new WorkspaceFile(path, FileKind.Source, whole, null), whole.Length == read.Text!.Length);
            }
            if (Head(DecodePrefix(bytes), complete: false) is { } head)
            {
                return (new WorkspaceFile(path, FileKind.Source, head, null), false);
            }
            size = size >= int.MaxValue / 4 ? int.MaxValue : size * 4;
        }
    }

    /// <summary>
    /// The text up to the end of the front matter, "" when line 1 opens none, or null when the text
    /// read so far cannot tell (the front matter is still open, or its closing line break not yet read).
    /// </summary>
    private static string? Head(string text, bool complete)
    {
        var front = FrontMatterSyntax.Scan(text, out var error);
        if (front is null)
        {
            // Line 1 is no delimiter: no front matter. A prefix holds thousands of characters, so a
            // line 1 that could still grow into "---" has ended in it.
            return error is null ? string.Empty : null;
        }
        if (complete)
        {
            return text[..front.BodyStart];
        }
        // The closing line's break must be followed by more text: "---" at the very end of a prefix
        // may be "----" in the file, and a lone '\r' may be half of "\r\n".
        return front.BodyStart < text.Length ? text[..front.BodyStart] : null;
    }

    /// <summary>
    /// The text of a file held as bytes (<see cref="WorkspaceFile.IsCompact"/>) up to the end of its front matter, as
    /// <see cref="Read"/> cuts it ("" when it has none), decoding only as much as that needs; the whole text when the
    /// front matter runs to the end. Its model needs no more (<see cref="SourceModel.FromFile"/>).
    /// </summary>
    internal static string Head(WorkspaceFile file) =>
        file.ReadAgain ? file.Head! : Head(file.Utf8.Span) ?? file.Text ?? string.Empty; // a file read again keeps the head of its first read

    /// <summary>
    /// What a file read again keeps of valid UTF-8 <paramref name="bytes"/> for its model: the text up to the end of the
    /// front matter ("" without one), cut as <see cref="Read"/> cuts it; the whole text when the front matter never closes.
    /// </summary>
    internal static string HeadToKeep(ReadOnlySpan<byte> bytes)
    {
        if (Head(bytes) is { } head)
        {
            return head;
        }
        var whole = Encoding.UTF8.GetString(bytes);
        return Head(whole, complete: true) ?? whole;
    }

    /// <summary>As <see cref="Head(WorkspaceFile)"/> of valid UTF-8 bytes; null when it is the whole text.</summary>
    private static string? Head(ReadOnlySpan<byte> bytes)
    {
        for (var size = FirstRead; size < bytes.Length; size = size >= int.MaxValue / 4 ? int.MaxValue : size * 4)
        {
            if (Head(DecodeCut(bytes[..size]), complete: false) is { } head)
            {
                return head;
            }
        }
        return null;
    }

    /// <summary>Decodes the bytes as <see cref="WorkspaceRoot.Decode"/> does (a byte order mark dropped), leaving out a character cut at the end.</summary>
    private static string DecodePrefix(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.Length >= 3 && span[0] == 0xEF && span[1] == 0xBB && span[2] == 0xBF)
        {
            span = span[3..];
        }
        return DecodeCut(span);
    }

    private static string DecodeCut(ReadOnlySpan<byte> span)
    {
        var decoder = LenientUtf8.GetDecoder();
        var chars = new char[decoder.GetCharCount(span, flush: false)];
        var count = decoder.GetChars(span, chars, flush: false);
        return new string(chars, 0, count);
    }
}
