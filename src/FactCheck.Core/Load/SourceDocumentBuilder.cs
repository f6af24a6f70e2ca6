namespace FactCheck.Core.Load;

/// <summary>A built source and the non-fatal problems met while building it.</summary>
public sealed record BuiltSource(SourceDocument Document, IReadOnlyList<string> Warnings);

/// <summary>
/// Turns one article's decoded text into a <see cref="SourceDocument"/>: front matter, markup and
/// boilerplate blanked in the analysis view (same length, same offsets as the raw text) and
/// metadata taken from front matter, HTML head, or the text itself, in that order of trust.
/// Pure: no file system, so it can be tested and fuzzed on strings.
/// </summary>
public static class SourceDocumentBuilder
{
    public static BuiltSource Build(string id, string path, string raw, SourceFormat format)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(raw);
        var warnings = new List<string>();
        var view = new ViewBuffer(raw);
        if (format == SourceFormat.PlainText && LooksLikeHtml(raw))
        {
            format = SourceFormat.Html;
        }

        var declared = SourceMetadata.Empty;
        var contentStart = 0;
        IReadOnlyList<MarkdownHeading> headings;
        if (format == SourceFormat.Html)
        {
            headings = HtmlViewBuilder.Apply(view, 0);
            declared = HtmlMetadataReader.Read(raw);
            declared = declared with { Published = declared.Published ?? HtmlMetadataReader.FirstTimeElement(raw) };
        }
        else
        {
            if (FrontMatterReader.Read(raw) is { } frontMatter)
            {
                view.Blank(0, frontMatter.End);
                contentStart = frontMatter.End;
                declared = frontMatter.Metadata;
                if (frontMatter.Problem is not null)
                {
                    warnings.Add($"{id}: {frontMatter.Problem}");
                }
            }

            headings = MarkdownViewBuilder.Apply(view, contentStart);
        }

        var url = declared.Url ?? MetadataInferrer.SourceUrl(view);
        BlankBareUrls(view);
        var bylineOutlet = BylineReader.Read(view);
        var (dateline, datelineOutlet) = MetadataInferrer.Dateline(view);
        var knownOutlet = declared.Outlet ?? datelineOutlet ?? bylineOutlet;
        var furnitureOutlet = BoilerplateDetector.Apply(view);
        var text = view.View();

        var outlet = knownOutlet ?? furnitureOutlet ?? WireDatelineReader.Read(text);
        if (outlet is null && url is not null && OutletNamer.Domain(url) is { } domain)
        {
            outlet = OutletNamer.Name(domain, raw);
        }

        var metadata = new SourceMetadata(
            declared.Title ?? MetadataInferrer.Title(text, headings),
            outlet,
            declared.Published ?? dateline ?? (url is null ? null : MetadataInferrer.DateInUrl(url)),
            url);
        var document = new SourceDocument(id, path, raw, text, metadata, view.MergedBoilerplate());
        return new BuiltSource(document, warnings);
    }

    /// <summary>The format a file's extension names.</summary>
    public static SourceFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var extension = Path.GetExtension(path).ToLowerInvariant();
        return extension switch
        {
            ".html" or ".htm" or ".xhtml" => SourceFormat.Html,
            ".md" or ".markdown" or ".mdown" => SourceFormat.Markdown,
            _ => SourceFormat.PlainText,
        };
    }

    /// <summary>A .txt file that is really a saved web page.</summary>
    private static bool LooksLikeHtml(string raw)
    {
        var start = raw.AsSpan(0, Math.Min(raw.Length, 512)).TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Bare web addresses are blanked: their digits are not claims.</summary>
    private static void BlankBareUrls(ViewBuffer view)
    {
        var text = view.View();
        var i = 0;
        while ((i = text.IndexOf("://", i, StringComparison.Ordinal)) >= 0)
        {
            var start = i;
            while (start > 0 && char.IsAsciiLetter(text[start - 1]))
            {
                start--;
            }

            var end = i + 3;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('<' or '>' or '"' or ')' or ']'))
            {
                end++;
            }

            var scheme = text.AsSpan(start, i - start);
            if (scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase))
            {
                view.Blank(start, end);
            }

            i = end;
        }
    }
}
