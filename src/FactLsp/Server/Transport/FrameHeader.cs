using System.Buffers;
using System.Globalization;
using System.Text;

namespace FactLsp.Server.Transport;

/// <summary>What reading a frame's header block from the start of a buffer found.</summary>
internal enum FrameHeaderStatus
{
    /// <summary>The header block is not complete yet: read more.</summary>
    Incomplete,

    /// <summary>A well-formed header block with a Content-Length.</summary>
    Complete,

    /// <summary>Not a header block (or one without a usable Content-Length): resynchronise.</summary>
    Broken,
}

/// <summary>
/// LSP's base protocol header (`Content-Length: N\r\n` and optional other headers, then an empty
/// line), read strictly enough to notice when the bytes are no header at all, so that the reader
/// can skip to the next frame instead of trusting a garbled length.
/// </summary>
internal static class FrameHeader
{
    /// <summary>A header block longer than this is no header a client would send.</summary>
    public const int MaxHeaderBytes = 8 * 1024;

    private static readonly byte[] ContentLengthName = "content-length:"u8.ToArray();

    public static FrameHeaderStatus Read(ReadOnlySequence<byte> buffer, out SequencePosition bodyStart, out int contentLength, out string problem)
    {
        bodyStart = buffer.Start;
        contentLength = -1;
        problem = "";
        var reader = new SequenceReader<byte>(buffer);
        while (true)
        {
            if (!reader.TryReadTo(out ReadOnlySequence<byte> lineBytes, (byte)'\n'))
            {
                if (buffer.Length > MaxHeaderBytes)
                {
                    problem = $"no header line ends within {MaxHeaderBytes} bytes";
                    return FrameHeaderStatus.Broken;
                }
                return FrameHeaderStatus.Incomplete;
            }
            if (reader.Consumed > MaxHeaderBytes)
            {
                problem = $"the header block is longer than {MaxHeaderBytes} bytes";
                return FrameHeaderStatus.Broken;
            }
            var line = Encoding.Latin1.GetString(lineBytes).TrimEnd('\r');
            if (line.Length == 0)
            {
                if (contentLength < 0)
                {
                    problem = "a header without Content-Length";
                    return FrameHeaderStatus.Broken;
                }
                bodyStart = reader.Position;
                return FrameHeaderStatus.Complete;
            }
            var colon = line.IndexOf(':');
            if (colon <= 0 || !IsToken(line.AsSpan(0, colon)))
            {
                problem = $"not a header line: '{Printable(line)}'";
                return FrameHeaderStatus.Broken;
            }
            if (line.AsSpan(0, colon).Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                var value = line[(colon + 1)..].Trim();
                if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out contentLength))
                {
                    contentLength = -1;
                    problem = $"Content-Length is not a length: '{Printable(value)}'";
                    return FrameHeaderStatus.Broken;
                }
            }
            // Content-Type and any other header: LSP's only content is UTF-8 JSON, whatever they say.
        }
    }

    /// <summary>
    /// Where the next frame may start: the first `Content-Length:` (any case) after the buffer's
    /// first byte. Null when there is none yet; <paramref name="scanned"/> is then how far the
    /// search got, so that the bytes before it can be dropped.
    /// </summary>
    public static SequencePosition? FindNextFrame(ReadOnlySequence<byte> buffer, out SequencePosition scanned)
    {
        var reader = new SequenceReader<byte>(buffer);
        reader.Advance(Math.Min(1, buffer.Length));
        while (reader.TryAdvanceToAny("cC"u8, advancePastDelimiter: false))
        {
            var candidate = reader.Position;
            if (reader.Remaining < ContentLengthName.Length)
            {
                scanned = candidate;
                return null;
            }
            var matched = true;
            var probe = reader;
            for (var i = 0; i < ContentLengthName.Length && matched; i++)
            {
                probe.TryRead(out var b);
                matched = (b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b) == ContentLengthName[i];
            }
            if (matched)
            {
                scanned = candidate;
                return candidate;
            }
            reader.Advance(1);
        }
        // Keep the last few bytes: a header name may be split across reads.
        scanned = buffer.GetPosition(Math.Max(0, buffer.Length - ContentLengthName.Length + 1));
        return null;
    }

    // RFC 9110's token characters: a header name has no spaces, quotes or braces (a JSON body has).
    private static bool IsToken(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~'))
            {
                return false;
            }
        }
        return true;
    }

    private static string Printable(string text)
    {
        var shown = text.Length > 60 ? text[..60] + "…" : text;
        return new string(shown.Select(c => char.IsControl(c) ? '?' : c).ToArray());
    }
}
