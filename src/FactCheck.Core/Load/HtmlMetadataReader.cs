using System.Text.RegularExpressions;
using FactCheck.Core.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FactCheck.Core.Load;

/// <summary>
/// Reads an HTML page's own metadata with AngleSharp: &lt;title&gt;, Open Graph and other
/// &lt;meta&gt; tags, the canonical link and JSON-LD "datePublished". Only the document head is
/// parsed: that is where these live, and it keeps a deeply nested or huge body out of the parser.
/// </summary>
internal static partial class HtmlMetadataReader
{
    // Without a "</head>", this much of the file is enough to find the head's tags.
    private const int MaxHeadLength = 256 * 1024;

    private static readonly string[] TitleKeys = ["og:title", "twitter:title", "dc.title", "title", "headline", "sailthru.title"];
    private static readonly string[] OutletKeys = ["og:site_name", "application-name", "publisher", "dc.publisher", "article:publisher", "site_name"];
    private static readonly string[] DateKeys =
        ["article:published_time", "og:published_time", "datepublished", "date", "dc.date", "dc.date.issued", "dcterms.date", "pubdate",
         "publish-date", "publish_date", "publication_date", "parsely-pub-date", "sailthru.date", "article.published", "og:updated_time"];
    private static readonly string[] UrlKeys = ["og:url", "twitter:url"];

    [GeneratedRegex("\"datePublished\"\\s*:\\s*\"(?<v>[^\"]{4,64})\"", RegexOptions.CultureInvariant, PatternBudget.Milliseconds)]
    private static partial Regex JsonLdDate();

    // The first <time datetime="…"> of the page, which article templates put in the byline.
    [GeneratedRegex("<time\\b[^>]{0,200}?\\bdatetime\\s*=\\s*[\"']?(?<v>[0-9][^\"'>\\s]{3,40})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternBudget.Milliseconds)]
    private static partial Regex TimeElement();

    /// <summary>The date of the first &lt;time datetime&gt; element (looked for in the first 512 KB), or null.</summary>
    public static DateOnly? FirstTimeElement(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var head = raw.Length > 512 * 1024 ? raw[..(512 * 1024)] : raw;
        try
        {
            return TimeElement().Match(head) is { Success: true } m ? DatelineParser.ParseStandalone(m.Groups["v"].Value) : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    public static SourceMetadata Read(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var headEnd = raw.IndexOf("</head", StringComparison.OrdinalIgnoreCase);
        var head = headEnd >= 0 ? raw[..Math.Min(raw.Length, headEnd + 7)] : raw[..Math.Min(raw.Length, MaxHeadLength)];
        var document = new HtmlParser().ParseDocument(head);
        if (document.Head is null)
        {
            return SourceMetadata.Empty;
        }

        var meta = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? canonical = null;
        string? jsonLdDate = null;
        foreach (var element in document.Head.Children)
        {
            switch (element.LocalName)
            {
                case "meta":
                    var key = element.GetAttribute("property") ?? element.GetAttribute("name") ?? element.GetAttribute("itemprop");
                    var content = element.GetAttribute("content");
                    if (key is not null && !string.IsNullOrWhiteSpace(content))
                    {
                        meta.TryAdd(key.Trim(), Clean(content));
                    }

                    break;
                case "link" when (element.GetAttribute("rel") ?? "").Contains("canonical", StringComparison.OrdinalIgnoreCase):
                    canonical ??= element.GetAttribute("href");
                    break;
                case "script" when (element.GetAttribute("type") ?? "").Contains("ld+json", StringComparison.OrdinalIgnoreCase):
                    jsonLdDate ??= JsonLdDate().Match(element.TextContent) is { Success: true } m ? m.Groups["v"].Value : null;
                    break;
            }
        }

        var (pageTitle, titleOutlet) = SplitTitle(document.Title);
        var title = First(meta, TitleKeys) ?? pageTitle;
        var outlet = First(meta, OutletKeys) ?? titleOutlet;
        var published = DateKeys.Select(k => meta.GetValueOrDefault(k)).Append(jsonLdDate)
            .Select(v => v is null ? null : DatelineParser.ParseStandalone(v))
            .FirstOrDefault(d => d is not null);
        var url = canonical ?? First(meta, UrlKeys);
        return new SourceMetadata(NullIfBlank(title), NullIfBlank(outlet), published, NullIfBlank(url));
    }

    /// <summary>"Floods close the valley road | The Example Herald" → the headline and the outlet.</summary>
    private static (string? Title, string? Outlet) SplitTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return (null, null);
        }

        title = Clean(title);
        foreach (var separator in new[] { " | ", " – ", " — ", " - " })
        {
            var cut = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (cut > 0)
            {
                var head = title[..cut].Trim();
                var tail = title[(cut + separator.Length)..].Trim();
                if (WordCount(tail) is >= 1 and <= 5 && WordCount(head) >= 3)
                {
                    return (head, tail);
                }
            }
        }

        return (title, null);
    }

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Clean(string value) => string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? First(Dictionary<string, string> values, string[] keys) =>
        keys.Select(k => values.GetValueOrDefault(k)).FirstOrDefault(v => v is not null);

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
