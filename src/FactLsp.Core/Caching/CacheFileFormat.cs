using System.IO.Hashing;
using System.Text;
using FactLsp.Core.Diagnostics;
using FactLsp.Core.Text;

namespace FactLsp.Core.Caching;

/// <summary>
/// The cache file: a header (a magic word, the format, FactLsp's version and build, the settings
/// hash), the entries (an article's key and its findings), and an XxHash64 of all that at the end,
/// so a truncated or damaged file is recognised before anything is read from it.
/// </summary>
internal static class CacheFileFormat
{
    private const string Magic = "FACTLSP-FINDINGS";
    private const int FormatVersion = 1;

    public sealed record Header(string ToolVersion, Guid Build, ContentHash Settings);

    public sealed record Entry(ArticleKey Key, IReadOnlyList<Diagnostic> Findings);

    public static byte[] Write(Header header, IEnumerable<Entry> entries)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(FormatVersion);
            writer.Write(header.ToolVersion);
            writer.Write(header.Build.ToByteArray());
            Write(writer, header.Settings);
            var list = entries.ToList();
            writer.Write(list.Count);
            foreach (var entry in list)
            {
                Write(writer, entry.Key);
                writer.Write(entry.Findings.Count);
                foreach (var diagnostic in entry.Findings)
                {
                    Write(writer, diagnostic);
                }
            }
        }
        var body = stream.ToArray();
        var result = new byte[body.Length + sizeof(ulong)];
        body.CopyTo(result, 0);
        BitConverter.TryWriteBytes(result.AsSpan(body.Length), XxHash64.HashToUInt64(body));
        return result;
    }

    /// <summary>The header and entries, or null when the bytes are not a whole cache file of this format.</summary>
    public static (Header Header, IReadOnlyList<Entry> Entries)? Read(byte[] bytes)
    {
        if (bytes.Length < sizeof(ulong) + Magic.Length)
        {
            return null;
        }
        var body = bytes.AsSpan(0, bytes.Length - sizeof(ulong));
        if (BitConverter.ToUInt64(bytes, body.Length) != XxHash64.HashToUInt64(body))
        {
            return null;
        }
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, body.Length, writable: false), Encoding.UTF8);
            if (reader.ReadString() != Magic || reader.ReadInt32() != FormatVersion)
            {
                return null;
            }
            var header = new Header(reader.ReadString(), new Guid(reader.ReadBytes(16)), ReadHash(reader));
            var count = reader.ReadInt32();
            var entries = new List<Entry>(Math.Min(count, 1 << 20));
            for (var i = 0; i < count; i++)
            {
                var key = ReadKey(reader);
                var findings = new Diagnostic[ReadCount(reader)];
                for (var j = 0; j < findings.Length; j++)
                {
                    findings[j] = ReadDiagnostic(reader);
                }
                entries.Add(new Entry(key, findings));
            }
            return reader.BaseStream.Position == body.Length ? (header, entries) : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or InvalidDataException)
        {
            return null;
        }
    }

    private static void Write(BinaryWriter writer, ContentHash hash)
    {
        writer.Write(hash.High);
        writer.Write(hash.Low);
    }

    private static ContentHash ReadHash(BinaryReader reader) => new(reader.ReadUInt64(), reader.ReadUInt64());

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    private static string? ReadOptional(BinaryReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    private static int ReadCount(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        return count is >= 0 and <= 1 << 24 ? count : throw new InvalidDataException($"A count of {count}.");
    }

    private static void Write(BinaryWriter writer, ArticleKey key)
    {
        writer.Write(key.Path);
        Write(writer, key.Article);
        Write(writer, key.People);
        writer.Write(key.Sources.Count);
        foreach (var source in key.Sources)
        {
            writer.Write(source.Id);
            WriteOptional(writer, source.Path);
            Write(writer, source.Content);
        }
        writer.Write(key.Files.Count);
        foreach (var file in key.Files)
        {
            writer.Write(file.Path);
            Write(writer, file.Content);
        }
        writer.Write(key.AllSourceIds is not null);
        if (key.AllSourceIds is { } ids)
        {
            Write(writer, ids);
        }
    }

    private static ArticleKey ReadKey(BinaryReader reader)
    {
        var path = reader.ReadString();
        var article = ReadHash(reader);
        var people = ReadHash(reader);
        var sources = new SourceBinding[ReadCount(reader)];
        for (var i = 0; i < sources.Length; i++)
        {
            sources[i] = new SourceBinding(reader.ReadString(), ReadOptional(reader), ReadHash(reader));
        }
        var files = new FileBinding[ReadCount(reader)];
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = new FileBinding(reader.ReadString(), ReadHash(reader));
        }
        ContentHash? ids = reader.ReadBoolean() ? ReadHash(reader) : null;
        return new ArticleKey(path, article, people, sources, files, ids);
    }

    private static void Write(BinaryWriter writer, Location location)
    {
        writer.Write(location.Path);
        writer.Write(location.Span.Start);
        writer.Write(location.Span.Length);
    }

    private static Location ReadLocation(BinaryReader reader)
    {
        var path = reader.ReadString();
        var start = reader.ReadInt32();
        var length = reader.ReadInt32();
        return start >= 0 && length >= 0 ? new Location(path, new TextSpan(start, length)) : throw new InvalidDataException("A negative span.");
    }

    private static void Write(BinaryWriter writer, Diagnostic diagnostic)
    {
        writer.Write(diagnostic.Code);
        writer.Write((int)diagnostic.Severity);
        Write(writer, diagnostic.Location);
        writer.Write(diagnostic.Message);
        writer.Write(diagnostic.Related.Count);
        foreach (var related in diagnostic.Related)
        {
            Write(writer, related.Location);
            writer.Write(related.Message);
        }
        writer.Write(diagnostic.Fixes.Count);
        foreach (var fix in diagnostic.Fixes)
        {
            writer.Write(fix.Title);
            writer.Write(fix.IsPreferred);
            writer.Write(fix.Edits.Count);
            foreach (var edit in fix.Edits)
            {
                writer.Write(edit.Path);
                writer.Write(edit.Span.Start);
                writer.Write(edit.Span.Length);
                writer.Write(edit.NewText);
            }
        }
    }

    private static Diagnostic ReadDiagnostic(BinaryReader reader)
    {
        var code = reader.ReadString();
        var rule = Rules.Find(code) ?? throw new InvalidDataException($"An unknown rule '{code}'.");
        var severity = reader.ReadInt32();
        if (!Enum.IsDefined(typeof(Severity), severity))
        {
            throw new InvalidDataException($"An unknown severity {severity}.");
        }
        var location = ReadLocation(reader);
        var message = reader.ReadString();
        var related = new RelatedLocation[ReadCount(reader)];
        for (var i = 0; i < related.Length; i++)
        {
            related[i] = new RelatedLocation(ReadLocation(reader), reader.ReadString());
        }
        var fixes = new SuggestedFix[ReadCount(reader)];
        for (var i = 0; i < fixes.Length; i++)
        {
            var title = reader.ReadString();
            var preferred = reader.ReadBoolean();
            var edits = new SuggestedEdit[ReadCount(reader)];
            for (var j = 0; j < edits.Length; j++)
            {
                var at = ReadLocation(reader);
                edits[j] = new SuggestedEdit(at.Path, at.Span, reader.ReadString());
            }
            fixes[i] = new SuggestedFix(title, edits, preferred);
        }
        return new Diagnostic(rule, (Severity)severity, location, message, related, fixes);
    }
}
