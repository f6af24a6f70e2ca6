using FactCheck.Core.Text;

namespace FactCheck.Core.Load;

/// <summary>A Markdown heading: its level and the span of its text (marks excluded).</summary>
internal readonly record struct MarkdownHeading(int Level, TextSpan Text);

/// <summary>
/// Blanks Markdown syntax in the view and keeps the words: heading marks, block quote and list
/// markers, rules, fences, emphasis runs, code backticks, link brackets and targets (the link
/// text stays), images (entirely), autolinks, reference definitions and inline HTML tags.
/// Plain text goes through it too, since scraped articles carry Markdown in .txt files.
/// Every scan is bounded or moves forward, so a 5 MB line costs linear time.
/// </summary>
internal static class MarkdownViewBuilder
{
    // A link's text longer than this is a stray bracket, not a link.
    private const int MaxLinkText = 1000;

    // Link targets and inline tags longer than this are taken as plain text.
    private const int MaxTarget = 2048;

    public static IReadOnlyList<MarkdownHeading> Apply(ViewBuffer view, int from)
    {
        ArgumentNullException.ThrowIfNull(view);
        var headings = new List<MarkdownHeading>();
        var inline = new InlineScanner(view);
        var lineStart = from;
        var inFence = false;
        var linkItems = new List<TextSpan>();
        while (lineStart < view.Length)
        {
            var lineEnd = FrontMatterReader.LineEnd(view.Raw, lineStart);
            if (lineEnd <= inline.HiddenUntil)
            {
                // Inside a <script> or <style> block embedded in the Markdown: already blanked.
                lineStart = FrontMatterReader.NextLine(view.Raw, lineEnd);
                continue;
            }

            if (!inFence && IsLinkItem(view.Raw, lineStart, lineEnd))
            {
                linkItems.Add(new TextSpan(lineStart, lineEnd));
            }
            else if (!IsBlank(view.Raw, lineStart, lineEnd))
            {
                SetAsideLinkList(view, linkItems);
            }

            var contentStart = BlankBlockMarkers(view, lineStart, lineEnd, ref inFence, headings);
            if (contentStart < lineEnd && !inFence)
            {
                inline.Scan(contentStart, lineEnd);
            }

            lineStart = FrontMatterReader.NextLine(view.Raw, lineEnd);
        }

        SetAsideLinkList(view, linkItems);
        return headings;
    }

    /// <summary>
    /// A list of two or more items that are each a link and nothing else ("- [Meet the crews](https://…)"):
    /// related stories, a site's sections. Their words are other articles' headlines, not this article's
    /// claims. One such item alone may be the article's own ("- [Read the full ruling](…)"), so it stays.
    /// </summary>
    private static void SetAsideLinkList(ViewBuffer view, List<TextSpan> items)
    {
        if (items.Count >= 2)
        {
            foreach (var item in items)
            {
                view.SetAside(item.Start, item.End);
            }
        }

        items.Clear();
    }

    private static bool IsBlank(string raw, int start, int end) => raw.AsSpan(start, end - start).IsWhiteSpace();

    /// <summary>Whether the line is a list item holding one inline link and nothing else: "- [text](target)", "2. [text](target "title")".</summary>
    internal static bool IsLinkItem(string raw, int start, int end)
    {
        var line = raw.AsSpan(start, end - start).Trim();
        var marker = line.Length > 1 && line[0] is '-' or '*' or '+' && line[1] is ' ' or '\t' ? 1 : 0;
        if (marker == 0)
        {
            while (marker < line.Length && marker < 3 && char.IsAsciiDigit(line[marker]))
            {
                marker++;
            }

            if (marker == 0 || marker + 1 >= line.Length || line[marker] is not ('.' or ')') || line[marker + 1] is not (' ' or '\t'))
            {
                return false;
            }

            marker++;
        }

        var link = line[marker..].Trim();
        var textEnd = link.IndexOf("](", StringComparison.Ordinal);
        return link.Length > 4 && link[0] == '[' && textEnd > 1 && textEnd <= MaxLinkText && link[^1] == ')'
            && link.Length - textEnd - 3 <= MaxTarget && link[1..textEnd].IndexOfAny('[', ']') < 0 && link[(textEnd + 2)..^1].IndexOf(')') < 0;
    }

    /// <summary>Blanks the markers that open a line; returns where the line's inline content starts.</summary>
    private static int BlankBlockMarkers(ViewBuffer view, int start, int end, ref bool inFence, List<MarkdownHeading> headings)
    {
        var raw = view.Raw;
        var i = start;
        while (i < end && i - start < 4 && raw[i] is ' ' or '\t')
        {
            i++;
        }

        if (StartsFence(raw, i, end))
        {
            inFence = !inFence;
            view.Blank(start, end);
            return end;
        }

        if (inFence || i >= end)
        {
            return end;
        }

        if (IsRule(raw, i, end) || IsReferenceDefinition(raw, i, end))
        {
            view.Blank(start, end);
            return end;
        }

        // Block quote markers, possibly nested: "> > text".
        while (i < end && raw[i] == '>')
        {
            view.Blank(i, i + 1);
            i++;
            while (i < end && raw[i] is ' ' or '\t')
            {
                i++;
            }
        }

        if (i >= end)
        {
            return end;
        }

        if (raw[i] == '#')
        {
            var hashes = i;
            while (hashes < end && raw[hashes] == '#')
            {
                hashes++;
            }

            var level = hashes - i;
            if (level <= 6 && (hashes == end || raw[hashes] is ' ' or '\t'))
            {
                view.Blank(i, hashes);
                var textEnd = TrailingHashes(raw, hashes, end);
                view.Blank(textEnd, end);
                var (s, e) = Trim(raw, hashes, textEnd);
                if (e > s)
                {
                    headings.Add(new MarkdownHeading(level, new TextSpan(s, e)));
                }

                return hashes;
            }
        }

        // List markers: "- ", "* ", "+ ", "12. ", "3) ".
        if (i + 1 < end && raw[i] is '-' or '*' or '+' && raw[i + 1] is ' ' or '\t')
        {
            view.Blank(i, i + 1);
            return i + 1;
        }

        var digits = i;
        while (digits < end && digits - i < 9 && char.IsAsciiDigit(raw[digits]))
        {
            digits++;
        }

        if (digits > i && digits + 1 < end && raw[digits] is '.' or ')' && raw[digits + 1] is ' ' or '\t' && digits - i <= 3)
        {
            view.Blank(i, digits + 1);
            return digits + 1;
        }

        return i;
    }

    private static bool StartsFence(string raw, int i, int end) =>
        i + 2 < end && ((raw[i] == '`' && raw[i + 1] == '`' && raw[i + 2] == '`') || (raw[i] == '~' && raw[i + 1] == '~' && raw[i + 2] == '~'));

    /// <summary>"---", "***", "___", "===" (also setext underlines), spaces allowed between.</summary>
    private static bool IsRule(string raw, int i, int end)
    {
        var mark = raw[i];
        if (mark is not ('-' or '*' or '_' or '='))
        {
            return false;
        }

        var count = 0;
        for (var j = i; j < end; j++)
        {
            if (raw[j] == mark)
            {
                count++;
            }
            else if (raw[j] is not (' ' or '\t'))
            {
                return false;
            }
        }

        return count >= 3;
    }

    /// <summary>"[label]: https://…" on a line of its own.</summary>
    private static bool IsReferenceDefinition(string raw, int i, int end)
    {
        if (raw[i] != '[')
        {
            return false;
        }

        var close = raw.IndexOf(']', i, Math.Min(end - i, 200));
        if (close < 0 || close + 1 >= end || raw[close + 1] != ':')
        {
            return false;
        }

        var j = close + 2;
        while (j < end && raw[j] is ' ' or '\t')
        {
            j++;
        }

        return j < end && (raw[j] == '<' || raw.AsSpan(j, end - j).StartsWith("http", StringComparison.OrdinalIgnoreCase) || raw[j] is '/' or '#');
    }

    private static int TrailingHashes(string raw, int from, int end)
    {
        var j = end;
        while (j > from && raw[j - 1] is ' ' or '\t')
        {
            j--;
        }

        var k = j;
        while (k > from && raw[k - 1] == '#')
        {
            k--;
        }

        return k < j && (k == from || raw[k - 1] is ' ' or '\t') ? k : end;
    }

    private static (int Start, int End) Trim(string raw, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(raw[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(raw[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    /// <summary>The inline pass; its look-ahead memos only move forward, which keeps it linear.</summary>
    private sealed class InlineScanner(ViewBuffer view)
    {
        private readonly string _raw = view.Raw;
        private int _nextClose = -1;        // offset of the next ']' at or after the scan, or int.MaxValue for none
        private int _closeCheckedAt = -1;   // the ']' whose link target was last examined...
        private int _closeTargetEnd = -1;   // ...and where that target ends (-1: not a link)
        private int _pendingClose = -1;     // the ']' of the link whose text we are in
        private int _pendingEnd = -1;

        /// <summary>The end of the last embedded script or style element, which may lie lines ahead.</summary>
        public int HiddenUntil { get; private set; } = -1;

        public void Scan(int start, int end)
        {
            var i = start;
            while (i < end)
            {
                if (_pendingClose >= 0 && i >= _pendingClose)
                {
                    // Normally i lands on the ']'; a code span or tag may have carried it past.
                    view.Blank(_pendingClose, _pendingEnd);
                    i = Math.Max(i, _pendingEnd);
                    _pendingClose = -1;
                    continue;
                }

                var c = _raw[i];
                i = c switch
                {
                    '\\' when i + 1 < end && char.IsAsciiLetterOrDigit(_raw[i + 1]) is false && _raw[i + 1] > ' ' && _raw[i + 1] < 127 => Escape(i),
                    '`' => Backticks(i, end),
                    '!' when i + 1 < end && _raw[i + 1] == '[' => Image(i, end),
                    '[' => Link(i, end),
                    '<' => Angle(i, end),
                    '&' => Math.Max(i + 1, HtmlEntities.DecodeAt(view, i)),
                    '*' or '_' => Emphasis(i, end),
                    _ => i + 1,
                };
            }
        }

        private int Escape(int i)
        {
            view.Blank(i, i + 1);
            return i + 2;
        }

        private int Backticks(int i, int end)
        {
            var j = i;
            while (j < end && _raw[j] == '`')
            {
                j++;
            }

            view.Blank(i, j);
            return j;
        }

        private int Image(int i, int end)
        {
            var close = LinkTextClose(i + 1, end);
            if (close < 0)
            {
                return i + 1;
            }

            var targetEnd = TargetEnd(close, end);
            if (targetEnd < 0)
            {
                return i + 1;
            }

            view.Blank(i, targetEnd);
            return targetEnd;
        }

        private int Link(int i, int end)
        {
            if (_pendingClose >= 0)
            {
                return i + 1; // links do not nest
            }

            var close = LinkTextClose(i, end);
            if (close < 0)
            {
                return i + 1;
            }

            var targetEnd = TargetEnd(close, end);
            if (targetEnd < 0)
            {
                return i + 1;
            }

            view.Blank(i, i + 1);
            _pendingClose = close;
            _pendingEnd = targetEnd;
            return i + 1;
        }

        /// <summary>The ']' that closes a link text opened at <paramref name="open"/>, or -1.</summary>
        private int LinkTextClose(int open, int end)
        {
            if (_nextClose != int.MaxValue && _nextClose <= open)
            {
                var found = _raw.IndexOf(']', open + 1);
                _nextClose = found < 0 ? int.MaxValue : found;
            }

            return _nextClose < end && _nextClose - open <= MaxLinkText ? _nextClose : -1;
        }

        /// <summary>Where "(target "title")" or "[label]" after a link text ends, or -1 if none follows.</summary>
        private int TargetEnd(int close, int end)
        {
            if (close == _closeCheckedAt)
            {
                return _closeTargetEnd;
            }

            _closeCheckedAt = close;
            _closeTargetEnd = -1;
            var j = close + 1;
            if (j >= end)
            {
                return -1;
            }

            if (_raw[j] == '[')
            {
                var labelEnd = _raw.IndexOf(']', j + 1, Math.Min(end - j - 1, 200));
                if (labelEnd >= 0 && _raw.IndexOf('[', j + 1, labelEnd - j - 1) < 0)
                {
                    _closeTargetEnd = labelEnd + 1;
                }

                return _closeTargetEnd;
            }

            if (_raw[j] != '(')
            {
                return -1;
            }

            j++;
            var limit = Math.Min(end, j + MaxTarget);
            while (j < limit && _raw[j] is ' ' or '\t')
            {
                j++;
            }

            if (j < limit && _raw[j] == '<')
            {
                var gt = _raw.IndexOf('>', j, limit - j);
                if (gt < 0)
                {
                    return -1;
                }

                j = gt + 1;
            }
            else
            {
                var depth = 0;
                while (j < limit && !char.IsWhiteSpace(_raw[j]) && _raw[j] is not ('[' or ']'))
                {
                    if (_raw[j] == '(')
                    {
                        depth++;
                    }
                    else if (_raw[j] == ')')
                    {
                        if (depth == 0)
                        {
                            break;
                        }

                        depth--;
                    }

                    j++;
                }
            }

            while (j < limit && _raw[j] is ' ' or '\t')
            {
                j++;
            }

            if (j < limit && _raw[j] is '"' or '\'')
            {
                var quote = _raw[j];
                var closeQuote = _raw.IndexOf(quote, j + 1, limit - j - 1);
                if (closeQuote < 0)
                {
                    return -1;
                }

                j = closeQuote + 1;
                while (j < limit && _raw[j] is ' ' or '\t')
                {
                    j++;
                }
            }

            if (j < limit && _raw[j] == ')')
            {
                _closeTargetEnd = j + 1;
            }

            return _closeTargetEnd;
        }

        /// <summary>Autolinks "&lt;https://…&gt;" and inline HTML tags are blanked; a lone '&lt;' stays.</summary>
        private int Angle(int i, int end)
        {
            if (i + 1 >= end)
            {
                return i + 1;
            }

            var next = _raw[i + 1];
            if (!(char.IsAsciiLetter(next) || next is '/' or '!' or '?'))
            {
                return i + 1;
            }

            var limit = Math.Min(end, i + MaxTarget);
            for (var j = i + 1; j < limit; j++)
            {
                var c = _raw[j];
                if (c == '>')
                {
                    view.Blank(i, j + 1);
                    return HiddenElementEnd(i, j + 1, end);
                }

                if (c == '<')
                {
                    return i + 1;
                }
            }

            return i + 1;
        }

        /// <summary>An embedded &lt;script&gt; or &lt;style&gt; is blanked up to its end tag, across lines.</summary>
        private int HiddenElementEnd(int tagStart, int tagEnd, int lineEnd)
        {
            foreach (var name in new[] { "script", "style" })
            {
                if (string.Compare(_raw, tagStart + 1, name, 0, name.Length, StringComparison.OrdinalIgnoreCase) == 0
                    && tagStart + 1 + name.Length < _raw.Length && _raw[tagStart + 1 + name.Length] is '>' or ' ' or '\t')
                {
                    var close = _raw.IndexOf("</" + name, tagEnd, StringComparison.OrdinalIgnoreCase);
                    var gt = close < 0 ? -1 : _raw.IndexOf('>', close);
                    var end = gt < 0 ? _raw.Length : gt + 1;
                    view.Blank(tagEnd, end);
                    HiddenUntil = end;
                    return Math.Min(end, lineEnd);
                }
            }

            return tagEnd;
        }

        /// <summary>
        /// A run of '*' or '_' that opens or closes emphasis (touches a word on one side) is markup;
        /// one inside a word ("snake_case") or between spaces or digits ("2 * 3", "2*3") is text.
        /// </summary>
        private int Emphasis(int i, int end)
        {
            var mark = _raw[i];
            var j = i;
            while (j < end && _raw[j] == mark)
            {
                j++;
            }

            var before = i > 0 ? _raw[i - 1] : ' ';
            var after = j < _raw.Length ? _raw[j] : ' ';
            var opens = !char.IsWhiteSpace(after) && (char.IsWhiteSpace(before) || char.IsPunctuation(before) || i == 0);
            var closes = !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after) || j == _raw.Length);
            var inWord = char.IsLetterOrDigit(before) && char.IsLetterOrDigit(after);
            var betweenDigits = char.IsDigit(before) || char.IsDigit(after);
            if (j - i <= 3 && (opens || closes || (mark == '*' && inWord && !betweenDigits)) && !(mark == '_' && inWord) && !(mark == '*' && betweenDigits && !opens && !closes))
            {
                view.Blank(i, j);
            }

            return j;
        }
    }
}
