using System.Text;

namespace FactCheck.Core.Report;

/// <summary>
/// Turns untrusted text (titles, outlets, sentences, quotes, file names, reasons) into Markdown
/// that renders as exactly that text and nothing else: no HTML, no links, no headings, no code,
/// no table cells of its own. The one escaping function every Markdown writer uses.
/// </summary>
public static class MarkdownText
{
    /// <summary>
    /// The text as one line of inline Markdown, safe in a paragraph, a list item or a table cell.
    /// Line breaks and runs of spaces and tabs fold to one space (a report line never spans
    /// lines of article text); control characters and bidirectional overrides are dropped (they
    /// can make a line display other than it reads); lone surrogates become U+FFFD (so that the
    /// UTF-8 output is stable); every ASCII character with a Markdown meaning is backslash-escaped.
    /// </summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        // Most text of a report (names, ids, plain sentences) needs no change at all: say so
        // after one look at each character, without building a copy.
        return IsPlain(text) && BlockStartEscapeAt(text) < 0 ? text : Rewrite(text);
    }

    /// <summary>The thorough path of <see cref="Escape"/>: builds the escaped copy character by character.</summary>
    internal static string Rewrite(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsFoldedSpace(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }

            if (IsDropped(c))
            {
                continue;
            }

            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                sb.Append('\uFFFD');
            }
            else
            {
                if (NeedsBackslash(text, i))
                {
                    sb.Append('\\');
                }

                sb.Append(c);
            }
        }

        TrimWhiteSpace(sb);
        var escaped = sb.ToString();
        var at = BlockStartEscapeAt(escaped);
        return at < 0 ? escaped : escaped.Insert(at, "\\");
    }

    /// <summary>
    /// Whether <see cref="Rewrite"/> would keep every character as it is: no white space to fold or
    /// trim, nothing to drop or replace, no character that needs a backslash.
    /// </summary>
    private static bool IsPlain(string text)
    {
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                continue;
            }

            if (c == ' ')
            {
                if (text[i - 1] == ' ')
                {
                    return false;
                }

                continue;
            }

            if (IsFoldedSpace(c) || IsDropped(c) || char.IsSurrogate(c) || NeedsBackslash(text, i))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NeedsBackslash(string text, int i)
    {
        var c = text[i];
        var doubled = (i > 0 && text[i - 1] == c) || (i + 1 < text.Length && text[i + 1] == c);
        return (IsInlineSyntax(c) && !IsIntrawordUnderscore(text, i)) || (IsDoubledSyntax(c) && doubled) || StartsBareLink(text, i);
    }

    /// <summary>
    /// Characters that start or end inline syntax anywhere in a line: code spans, emphasis,
    /// strikethrough and subscript, superscript, math, links and images, autolinks and raw HTML,
    /// entities, table cells, Markdig's generic attributes ({onclick=…}), and the backslash itself.
    /// </summary>
    private static bool IsInlineSyntax(char c) =>
        c is '\\' or '`' or '*' or '_' or '~' or '^' or '$' or '[' or ']' or '<' or '>' or '&' or '|' or '{' or '}';

    /// <summary>
    /// An '_' between two letters or digits ("file_name_2.txt") can neither open nor close emphasis
    /// in CommonMark, so it stays as written: file names read better without backslashes.
    /// </summary>
    private static bool IsIntrawordUnderscore(string text, int i) =>
        text[i] == '_' && i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]);

    /// <summary>
    /// Characters that are syntax only when doubled, in Markdig's extensions and GitHub's:
    /// ++inserted++, ==marked==, ""citation"", ::custom container::. Escaped only then, to keep
    /// "+5%" and "a = b" readable.
    /// </summary>
    private static bool IsDoubledSyntax(char c) => c is '+' or '=' or '"' or ':';

    /// <summary>
    /// The ':' of "scheme://", "mailto:" or "tel:", or the '.' of "www.": where renderers that link
    /// bare addresses (Markdig's autolinks, GitHub's) start a link. Escaping it keeps the text
    /// plain; it matters because Markdig reads such a link on through a following backslash,
    /// which would un-escape the next character ('&lt;' of an autolink, '|' of a table cell).
    /// </summary>
    private static bool StartsBareLink(string text, int i) => text[i] switch
    {
        ':' => (i + 1 < text.Length && text[i + 1] == '/') || EndsWith(text, i, "mailto") || EndsWith(text, i, "tel"),
        '.' => EndsWith(text, i, "www"),
        _ => false,
    };

    private static bool EndsWith(string text, int end, string word) =>
        end >= word.Length && text.AsSpan(end - word.Length, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Line breaks and the spaces around them: a Markdown line of the report holds one line of output.</summary>
    private static bool IsFoldedSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>C0 and C1 controls, DEL, and the bidirectional embeddings, overrides and isolates.</summary>
    private static bool IsDropped(char c) =>
        c < '\u0020' || (c >= '\u007F' && c <= '\u009F') || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');

    /// <summary>Drops white space at either end, no-break and other Unicode spaces too: renderers trim them from cells anyway.</summary>
    private static void TrimWhiteSpace(StringBuilder sb)
    {
        var end = sb.Length;
        while (end > 0 && char.IsWhiteSpace(sb[end - 1]))
        {
            end--;
        }

        var start = 0;
        while (start < end && char.IsWhiteSpace(sb[start]))
        {
            start++;
        }

        sb.Length = end;
        sb.Remove(0, start);
    }

    /// <summary>
    /// Text placed right after a list marker would otherwise open a block of its own: a heading
    /// ("# x"), a nested list ("- x", "+ x", "1. x", "1) x", and with Markdig's list extras
    /// "a. x", "iv) x") or a setext underline ("="). A short run of letters or digits followed by
    /// '.' or ')' and a space is escaped whatever it is ("Mr. Smith" too): cheap, and safe for
    /// list styles any renderer may add; "herald.txt" is left alone, as no list marker is.
    /// </summary>
    /// <returns>Where a backslash goes in, or -1 when none is needed.</returns>
    private static int BlockStartEscapeAt(string text)
    {
        if (text.Length == 0)
        {
            return -1;
        }

        if (text[0] is '#' or '-' or '+' or '=')
        {
            return 0;
        }

        var marker = 0;
        while (marker < text.Length && char.IsAsciiLetterOrDigit(text[marker]))
        {
            marker++;
        }

        var markerEnds = marker + 1 == text.Length || (marker + 1 < text.Length && text[marker + 1] == ' ');
        return marker is > 0 and <= 9 && marker < text.Length && text[marker] is '.' or ')' && markerEnds ? marker : -1;
    }
}
