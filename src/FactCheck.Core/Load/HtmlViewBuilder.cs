using FactCheck.Core.Text;

namespace FactCheck.Core.Load;

/// <summary>
/// Blanks HTML markup in the view: tags, comments, doctype, the whole of script, style, head-only
/// and embedded elements, and sets aside navigation, footers, asides and forms as boilerplate.
/// Character references are decoded in place. A block-level tag becomes a line break in the view
/// so paragraphs do not run into one sentence. One forward pass with bounded look-ahead: deep
/// nesting and 5 MB lines cost linear time, and unclosed markup never throws.
/// </summary>
internal static class HtmlViewBuilder
{
    // A tag whose quoted attributes run longer than this is re-read without quotes.
    private const int MaxQuotedTag = 8192;

    // Elements whose whole content is not article text.
    private static readonly HashSet<string> Hidden = new(
        ["script", "style", "noscript", "template", "title", "head", "svg", "math", "iframe", "object", "canvas", "textarea", "select"],
        StringComparer.OrdinalIgnoreCase);

    // Elements whose content is page furniture around the article.
    private static readonly HashSet<string> Furniture = new(["nav", "footer", "aside", "form", "button", "menu", "dialog"], StringComparer.OrdinalIgnoreCase);

    // Words of a class or id that mark an element as page furniture: <div class="advert inline">, <section id="related-stories">.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FurnitureClassWords = new HashSet<string>(
        ["ad", "ads", "advert", "adverts", "advertisement", "advertising", "sponsored", "promo", "newsletter", "cookie", "cookies",
         "related", "subscribe", "paywall", "outbrain", "taboola"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> Containers = new(["article", "main", "body", "html"], StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> Blocks = new(
        ["p", "div", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th", "table",
         "thead", "tbody", "tfoot", "caption", "article", "section", "header", "footer", "nav", "aside", "main", "blockquote", "pre",
         "figure", "figcaption", "address", "body", "html", "form", "fieldset", "legend", "details", "summary", "center", "picture"],
        StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<MarkdownHeading> Apply(ViewBuffer view, int from)
    {
        ArgumentNullException.ThrowIfNull(view);
        var raw = view.Raw;
        var headings = new List<MarkdownHeading>();
        var furnitureDepth = 0;
        var furnitureStart = -1;

        // An element its class or id marks as furniture, set aside when the same tag closes at its depth.
        string? classedName = null;
        var classedDepth = 0;
        var classedStart = -1;
        var headingStart = -1;
        var headingLevel = 0;
        var noMoreTags = false;
        var i = from;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c == '&')
            {
                i = Math.Max(i + 1, HtmlEntities.DecodeAt(view, i));
                continue;
            }

            if (c != '<' || noMoreTags || i + 1 >= raw.Length)
            {
                i++;
                continue;
            }

            var next = raw[i + 1];
            if (next == '!' && string.CompareOrdinal(raw, i, "<!--", 0, 4) == 0)
            {
                var close = raw.IndexOf("-->", i + 4, StringComparison.Ordinal);
                var end = close < 0 ? raw.Length : close + 3;
                view.Blank(i, end);
                i = end;
                continue;
            }

            var closing = next == '/';
            var nameStart = closing ? i + 2 : i + 1;
            var nameEnd = nameStart;
            while (nameEnd < raw.Length && (char.IsAsciiLetterOrDigit(raw[nameEnd]) || raw[nameEnd] is '-' or ':'))
            {
                nameEnd++;
            }

            var isTag = nameEnd > nameStart && char.IsAsciiLetter(raw[nameStart]);
            if (!isTag && next is not ('!' or '?'))
            {
                i++;
                continue;
            }

            var tagEnd = TagEnd(raw, nameEnd);
            if (tagEnd < 0)
            {
                // No '>' anywhere after this: the rest is text, and so is every later '<'.
                noMoreTags = true;
                i++;
                continue;
            }

            view.Blank(i, tagEnd);
            if (!isTag)
            {
                i = tagEnd;
                continue;
            }

            var name = raw[nameStart..nameEnd];
            var selfClosing = raw[tagEnd - 2] == '/';
            if (Blocks.Contains(name))
            {
                view.BreakLineAt(i);
            }

            if (!closing && Hidden.Contains(name) && !selfClosing)
            {
                var end = HiddenEnd(raw, tagEnd, name);
                if (end >= 0)
                {
                    view.Blank(tagEnd, end);
                    view.BreakLineAt(i);
                    i = end;
                    continue;
                }

            }

            if (Furniture.Contains(name) && !selfClosing)
            {
                if (!closing && furnitureDepth++ == 0)
                {
                    furnitureStart = i;
                }
                else if (closing && furnitureDepth > 0 && --furnitureDepth == 0)
                {
                    view.SetAside(furnitureStart, tagEnd);
                }
            }

            // The article's own containers are never furniture, whatever their classes say.
            if (!selfClosing && classedName is null && !closing && Blocks.Contains(name) && !Containers.Contains(name) && MarkedAsFurniture(raw, nameEnd, tagEnd))
            {
                (classedName, classedDepth, classedStart) = (name, 1, i);
            }
            else if (!selfClosing && classedName is not null && name.Equals(classedName, StringComparison.OrdinalIgnoreCase))
            {
                classedDepth += closing ? -1 : 1;
                if (classedDepth == 0)
                {
                    view.SetAside(classedStart, tagEnd);
                    classedName = null;
                }
            }

            if (name.Length == 2 && name[0] is 'h' or 'H' && name[1] is >= '1' and <= '6')
            {
                if (!closing)
                {
                    headingStart = tagEnd;
                    headingLevel = name[1] - '0';
                }
                else if (headingStart >= 0)
                {
                    var span = Trimmed(view, headingStart, i);
                    if (span.Length > 0)
                    {
                        headings.Add(new MarkdownHeading(headingLevel, span));
                    }

                    headingStart = -1;
                }
            }

            i = tagEnd;
        }

        return headings;
    }

    /// <summary>Whether the tag's class or id attribute (in raw[from, to)) holds a word of <see cref="FurnitureClassWords"/>.</summary>
    private static bool MarkedAsFurniture(string raw, int from, int to)
    {
        var tag = raw.AsSpan(from, to - from);
        foreach (var attribute in (string[])["class", "id"])
        {
            var at = tag.IndexOf(attribute, StringComparison.OrdinalIgnoreCase);
            while (at >= 0)
            {
                var rest = tag[(at + attribute.Length)..].TrimStart();
                if ((at == 0 || !char.IsAsciiLetterOrDigit(tag[at - 1])) && rest.Length > 1 && rest[0] == '=')
                {
                    rest = rest[1..].TrimStart();
                    var quote = rest.Length > 0 && rest[0] is '"' or '\'' ? rest[0] : ' ';
                    var value = quote == ' ' ? rest : rest[1..];
                    var end = value.IndexOfAny(quote == ' ' ? " >" : [quote]);
                    if (end >= 0)
                    {
                        value = value[..end];
                    }

                    foreach (var word in value.SplitAny(" -_\t"))
                    {
                        if (FurnitureClassWords.Contains(value[word]))
                        {
                            return true;
                        }
                    }
                }

                var next = tag[(at + attribute.Length)..].IndexOf(attribute, StringComparison.OrdinalIgnoreCase);
                at = next < 0 ? -1 : at + attribute.Length + next;
            }
        }

        return false;
    }

    /// <summary>The offset after the '>' that ends a tag, honouring quoted attribute values; -1 if none.</summary>
    private static int TagEnd(string raw, int from)
    {
        var limit = Math.Min(raw.Length, from + MaxQuotedTag);
        var quote = '\0';
        for (var j = from; j < limit; j++)
        {
            var c = raw[j];
            if (quote != '\0')
            {
                if (c == quote)
                {
                    quote = '\0';
                }
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return j + 1;
            }
        }

        // Unbalanced quotes or a very long tag: the first '>' ends it.
        var gt = raw.IndexOf('>', from);
        return gt < 0 ? -1 : gt + 1;
    }

    /// <summary>
    /// The offset after "&lt;/name&gt;" closing a hidden element. Unclosed, a script or style runs to
    /// the end (as in a browser); any other element is not hidden at all (-1), so that one
    /// missing end tag cannot blank a whole article.
    /// </summary>
    private static int HiddenEnd(string raw, int from, string name)
    {
        var close = raw.IndexOf("</" + name, from, StringComparison.OrdinalIgnoreCase);
        if (close < 0)
        {
            return name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase) ? raw.Length : -1;
        }

        var gt = raw.IndexOf('>', close);
        return gt < 0 ? raw.Length : gt + 1;
    }

    private static TextSpan Trimmed(ViewBuffer view, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(view[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(view[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }
}
