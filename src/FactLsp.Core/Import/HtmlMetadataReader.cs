using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace FactLsp.Core.Import;

/// <summary>
/// A page's description as news sites publish it, the most deliberate first: JSON-LD
/// (<c>NewsArticle</c> and its kin, also inside <c>@graph</c>), then OpenGraph
/// (<c>og:title</c>, <c>og:site_name</c>, <c>article:published_time</c>), then plain meta tags
/// (<c>author</c>, <c>byl</c>, <c>date</c>, Dublin Core), <c>&lt;link rel=canonical&gt;</c> and
/// <c>&lt;html lang&gt;</c>, then the <c>&lt;title&gt;</c>.
/// </summary>
public static class HtmlMetadataReader
{
    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle", "SpeechObject", "GovernmentService",
    };

    public static DocumentMetadata Read(IHtmlDocument document, Uri? pageUrl)
    {
        var ld = JsonLd(document);
        string? Meta(params string[] keys)
        {
            foreach (var key in keys)
            {
                var element = document.QuerySelectorAll("meta").FirstOrDefault(m =>
                    string.Equals(m.GetAttribute("property"), key, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(m.GetAttribute("name"), key, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(m.GetAttribute("itemprop"), key, StringComparison.OrdinalIgnoreCase));
                if (Clean(element?.GetAttribute("content")) is { } value)
                {
                    return value;
                }
            }
            return null;
        }

        var siteName = Clean(ld.Publisher) ?? Meta("og:site_name", "application-name", "publisher", "DC.publisher", "dcterms.publisher");
        var title = Clean(ld.Headline) ?? Meta("og:title", "twitter:title", "DC.title", "dcterms.title", "headline") ?? TitleTag(document, siteName);
        // The first byline that is a name: many sites put a profile URL in "author" and the name in "byl".
        var author = Clean(ld.Author) ?? new[] { "author", "byl", "article:author", "DC.creator", "dcterms.creator", "sailthru.author", "parsely-author" }
            .Select(key => Byline(Meta(key))).FirstOrDefault(name => name is not null);
        var dateText = Clean(ld.DatePublished) ?? Meta("article:published_time", "og:article:published_time", "datePublished", "pubdate", "publishdate", "date", "DC.date.issued", "DC.date", "dcterms.issued", "dcterms.date", "sailthru.date", "parsely-pub-date");
        var canonical = CanonicalLink(document, pageUrl) ?? AbsoluteUrl(Meta("og:url"), pageUrl) ?? AbsoluteUrl(Clean(ld.Url), pageUrl);
        var language = Clean(ld.Language) ?? Clean(document.DocumentElement.GetAttribute("lang")) ?? Meta("og:locale", "content-language", "DC.language", "dcterms.language", "language")
            ?? Clean(document.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content"));
        var (published, hasTime) = ParseDate(dateText);
        return new DocumentMetadata
        {
            Title = title,
            Publisher = siteName,
            Author = author,
            Published = published,
            PublishedHasTime = hasTime,
            CanonicalUrl = canonical,
            Language = NormalizeLanguage(language),
        };
    }

    /// <summary>An ISO 8601 date or date-time as news pages write it; anything else is no date.</summary>
    internal static (DateTimeOffset? Date, bool HasTime) ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, false);
        }
        var trimmed = text.Trim();
        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return (parsed, trimmed.Contains(':', StringComparison.Ordinal));
        }
        return (null, false);
    }

    /// <summary>BCP 47 with a hyphen (<c>en_US</c> from OpenGraph becomes <c>en-US</c>).</summary>
    private static string? NormalizeLanguage(string? language) =>
        language is null ? null : language.Split(',', ';')[0].Trim().Replace('_', '-') is { Length: > 0 and <= 35 } tag && tag.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? tag : null;

    private static string? CanonicalLink(IHtmlDocument document, Uri? pageUrl) =>
        AbsoluteUrl(document.QuerySelectorAll("link").FirstOrDefault(l => (l.GetAttribute("rel") ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase))?.GetAttribute("href"), pageUrl);

    private static string? AbsoluteUrl(string? href, Uri? pageUrl)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }
        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttp || absolute.Scheme == Uri.UriSchemeHttps))
        {
            return absolute.AbsoluteUri;
        }
        return pageUrl is not null && Uri.TryCreate(pageUrl, href.Trim(), out var resolved) ? resolved.AbsoluteUri : null;
    }

    /// <summary>The <c>&lt;title&gt;</c> less the site's name that pages append ("Headline | Site", "Headline - Site").</summary>
    private static string? TitleTag(IHtmlDocument document, string? siteName)
    {
        var title = Clean(document.Title);
        if (title is null)
        {
            return Clean(document.QuerySelector("h1")?.TextContent);
        }
        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: " })
        {
            var at = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (at > 0 && (siteName is null || title[(at + separator.Length)..].Contains(siteName, StringComparison.OrdinalIgnoreCase) || title.Length - at < 40))
            {
                return title[..at].Trim();
            }
        }
        return title;
    }

    /// <summary>"By Jane Doe and John Roe" → "Jane Doe and John Roe"; a profile URL is no name.</summary>
    internal static string? Byline(string? text)
    {
        var value = Clean(text);
        if (value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return value.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? Clean(value[3..]) : value;
    }

    internal static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }
        var folded = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('\u00A0', ' ').Trim();
        return folded.Length == 0 ? null : folded;
    }

    private sealed record LinkedData(string? Headline, string? Publisher, string? Author, string? DatePublished, string? Language, string? Url);

    /// <summary>The first JSON-LD object of an article type; broken JSON-LD (common) is skipped.</summary>
    private static LinkedData JsonLd(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script").Where(s => string.Equals(s.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase)))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                if (FindArticle(json.RootElement) is { } article)
                {
                    return new LinkedData(
                        Str(article, "headline") ?? Str(article, "name"),
                        Names(article, "publisher") ?? Names(article, "sourceOrganization"),
                        Names(article, "author") ?? Names(article, "creator"),
                        Str(article, "datePublished") ?? Str(article, "dateCreated"),
                        Str(article, "inLanguage"),
                        Str(article, "url") ?? Url(article, "mainEntityOfPage"));
                }
            }
            catch (JsonException)
            {
                // A page's broken JSON-LD says nothing; OpenGraph and meta tags may.
            }
        }
        return new LinkedData(null, null, null, null, null, null);
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindArticle(item) is { } found)
                    {
                        return found;
                    }
                }
                return null;
            case JsonValueKind.Object:
                if (element.TryGetProperty("@type", out var type) && Types(type).Any(ArticleTypes.Contains))
                {
                    return element;
                }
                return element.TryGetProperty("@graph", out var graph) ? FindArticle(graph) : null;
            default:
                return null;
        }
    }

    private static IEnumerable<string> Types(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => [type.GetString()!],
        JsonValueKind.Array => type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String).Select(t => t.GetString()!),
        _ => [],
    };

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Clean(value.GetString()) : null;

    private static string? Url(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? Clean(value.GetString())
        : value.ValueKind == JsonValueKind.Object ? Str(value, "@id") ?? Str(value, "url") : null;

    /// <summary>A person or organisation as a string, an object with a name, or a list of them ("A and B").</summary>
    private static string? Names(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }
        var names = (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
            .Select(v => v.ValueKind == JsonValueKind.String ? Byline(v.GetString()) : v.ValueKind == JsonValueKind.Object ? Str(v, "name") : null)
            .OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return names.Count switch
        {
            0 => null,
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
        };
    }
}
