namespace FactLsp.Core.Import;

/// <summary>What kind of document the bytes are, as the server or the file name said, else as the bytes show.</summary>
public enum DocumentFormat
{
    Html,
    Pdf,
    PlainText,
    Markdown,
}

/// <summary>
/// The bytes of a page or file, as fetched: kept whole so the source records their SHA-256, with
/// what the server said about them (media type, charset) and where they finally came from.
/// </summary>
public sealed record FetchedDocument(byte[] Bytes, DocumentFormat Format, string? Charset, string Location, Uri? Url)
{
    /// <summary>The lowercase hex SHA-256 of the bytes fetched: what was read, whatever the extraction made of it.</summary>
    public string Sha256 => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Bytes));
}
