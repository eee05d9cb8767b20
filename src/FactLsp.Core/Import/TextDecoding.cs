using System.Text;
using System.Text.RegularExpressions;

namespace FactLsp.Core.Import;

/// <summary>
/// Turns a page's bytes into text with the charset the page is in: a byte-order mark first, then
/// what the server declared, then what the page declares in its first kilobytes
/// (<c>&lt;meta charset&gt;</c> or <c>http-equiv</c>), else UTF-8, falling back to windows-1252
/// for bytes that are not UTF-8 (as browsers do for old pages that declare nothing).
/// </summary>
public static partial class TextDecoding
{
    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static string Decode(byte[] bytes, string? declaredCharset, bool isHtml)
    {
        if (Bom(bytes) is { } bom)
        {
            return bom.GetString(bytes, bom.Preamble.Length, bytes.Length - bom.Preamble.Length);
        }
        var encoding = ByName(declaredCharset) ?? (isHtml ? ByName(MetaCharset(bytes)) : null);
        if (encoding is not null)
        {
            return encoding.GetString(bytes);
        }
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    private static Encoding? Bom(byte[] bytes) =>
        bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }) ? new UTF8Encoding(true)
        : bytes.AsSpan().StartsWith(new byte[] { 0xFF, 0xFE }) ? new UnicodeEncoding(false, true)
        : bytes.AsSpan().StartsWith(new byte[] { 0xFE, 0xFF }) ? new UnicodeEncoding(true, true)
        : null;

    /// <summary>An encoding by its label; the labels the HTML standard reads as windows-1252 are read so.</summary>
    internal static Encoding? ByName(string? name)
    {
        var label = name?.Trim().Trim('"', '\'').ToLowerInvariant();
        if (string.IsNullOrEmpty(label))
        {
            return null;
        }
        if (label is "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "iso8859-1" or "cp1252")
        {
            label = "windows-1252";
        }
        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? MetaCharset(byte[] bytes)
    {
        // The declaration must come early (the standard looks at the first 1024 bytes; pages often put it later).
        var head = Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 8192));
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups["name"].Value : null;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?(?<name>[A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetPattern();
}
