using System.Globalization;
using System.Text;

namespace FactLsp.Testing.Lsp;

/// <summary>
/// Reads the server's output strictly as LSP base-protocol frames: header lines ended by CRLF, only
/// <c>Content-Length</c> and <c>Content-Type</c>, then exactly that many bytes. Anything else is an
/// <see cref="InvalidDataException"/>, so a stray byte the server writes on stdout fails the test
/// that caused it. Buffered, so that the benchmark drivers can read large answers at full speed.
/// </summary>
internal sealed class LspFrameReader(Stream stream)
{
    private const int MaxHeaderLine = 1000;

    private readonly byte[] _buffer = new byte[1 << 16];
    private int _start;
    private int _end;

    /// <summary>The next frame's body; null when the stream ends between frames.</summary>
    public async Task<byte[]?> ReadAsync()
    {
        int? length = null;
        var headerCount = 0;
        while (true)
        {
            var line = await ReadHeaderLineAsync(allowEnd: headerCount == 0).ConfigureAwait(false);
            if (line is null)
            {
                return null;
            }
            headerCount++;
            if (line.Length == 0)
            {
                break;
            }
            var colon = line.IndexOf(':');
            if (colon < 0)
            {
                throw new InvalidDataException($"Not a header: '{line}'.");
            }
            var name = line[..colon];
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line[(colon + 1)..].Trim(), CultureInfo.InvariantCulture);
            }
            else if (!name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidDataException($"Unexpected header: '{line}'.");
            }
        }
        if (length is null)
        {
            throw new InvalidDataException("A frame without Content-Length.");
        }
        var body = new byte[length.Value];
        var filled = 0;
        while (filled < body.Length)
        {
            if (_start == _end && !await FillAsync().ConfigureAwait(false))
            {
                throw new InvalidDataException($"The stream ended inside a frame body ({filled} of {body.Length} bytes).");
            }
            var n = Math.Min(body.Length - filled, _end - _start);
            Array.Copy(_buffer, _start, body, filled, n);
            _start += n;
            filled += n;
        }
        return body;
    }

    private async Task<string?> ReadHeaderLineAsync(bool allowEnd)
    {
        var line = new List<byte>();
        while (true)
        {
            if (_start == _end && !await FillAsync().ConfigureAwait(false))
            {
                if (allowEnd && line.Count == 0)
                {
                    return null;
                }
                throw new InvalidDataException("The stream ended inside a frame header.");
            }
            var b = _buffer[_start++];
            if (b == '\n')
            {
                if (line.Count == 0 || line[^1] != '\r')
                {
                    throw new InvalidDataException("A header line not ended by CRLF.");
                }
                return Encoding.ASCII.GetString(line.ToArray(), 0, line.Count - 1);
            }
            line.Add(b);
            if (line.Count > MaxHeaderLine)
            {
                throw new InvalidDataException("A header line too long: not a frame.");
            }
        }
    }

    private async Task<bool> FillAsync()
    {
        _start = 0;
        _end = await stream.ReadAsync(_buffer).ConfigureAwait(false);
        return _end > 0;
    }
}
