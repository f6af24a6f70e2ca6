using System.Buffers;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quotes;

/// <summary>
/// One quotation found in a text: its span with the quote marks (<see cref="Outer"/>), the quoted
/// words between them (<see cref="Inner"/>), how deeply it is nested, and the opening marks of any
/// later paragraphs it runs on into (a quotation over several paragraphs reopens each one).
/// </summary>
public sealed record QuotedPassage(TextSpan Outer, TextSpan Inner, int Depth, IReadOnlyList<int> Reopenings)
{
    public bool Contains(QuotedPassage other) => Outer.Start < other.Outer.Start && other.Outer.End <= Outer.End;
}

/// <summary>
/// Finds quotations in straight, curly and single quote marks, nested ones, and ones that run over
/// several paragraphs, telling apostrophes ("Okafor’s", "we’re") from closing single quotes.
/// Marks that never close are dropped, never guessed: a stray mark yields no quotation.
/// </summary>
public static class QuoteScanner
{
    // A quotation longer than this is unbalanced marks, not a quotation.
    private const int MaxLength = 4000;

    private enum Family
    {
        Double,
        Single,
    }

    private sealed record Open(Family Family, int At, List<int> Reopenings);

    // The characters the scan acts on: every mark of the switch below, and the line break that may end a paragraph.
    private static readonly SearchValues<char> Marks = SearchValues.Create("\n\u201C\u201E\u00AB\u201D\u00BB\"\u2018\u2039\u2019\u203A'");

    public static IReadOnlyList<QuotedPassage> Scan(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<QuotedPassage>();
        var stack = new List<Open>();
        for (var i = 0; i < text.Length; i++)
        {
            // Only quote marks and line breaks do anything: go straight to the next one, dropping on the way what has run
            // on too long by the character before it (as checking at each character would).
            var skip = text.AsSpan(i).IndexOfAny(Marks);
            if (skip != 0)
            {
                i = skip < 0 ? text.Length : i + skip;
                if (stack.Count > 0)
                {
                    DropOverlong(stack, i - 1);
                }

                if (i == text.Length)
                {
                    break;
                }
            }

            var c = text[i];
            if (c == '\n' && IsParagraphBreak(text, i, out var next))
            {
                i = HandleParagraphBreak(text, stack, next) - 1;
                continue;
            }

            switch (c)
            {
                case '\u201C' or '\u201E' or '\u00AB':
                    stack.Add(new Open(Family.Double, i, []));
                    break;
                case '\u201D' or '\u00BB':
                    Close(text, stack, Family.Double, i, found);
                    break;
                case '"':
                    if (HasOpen(stack, Family.Double))
                    {
                        Close(text, stack, Family.Double, i, found);
                    }
                    else if (OpensHere(text, i))
                    {
                        stack.Add(new Open(Family.Double, i, []));
                    }

                    break;
                case '\u2018' or '\u2039':
                    if (!IsWordChar(Before(text, i)) && IsWordStart(After(text, i)))
                    {
                        stack.Add(new Open(Family.Single, i, []));
                    }

                    break;
                case '\u2019' or '\u203A' or '\'':
                    if (IsWordChar(Before(text, i)) && IsWordChar(After(text, i)))
                    {
                        break; // an apostrophe inside a word: "Okafor’s", "we’re"
                    }

                    if (stack.Count > 0 && stack[^1].Family == Family.Single && !char.IsWhiteSpace(Before(text, i)))
                    {
                        Close(text, stack, Family.Single, i, found);
                    }
                    else if (c == '\'' && OpensHere(text, i) && IsWordStart(After(text, i)) && ClosesLaterInParagraph(text, i))
                    {
                        stack.Add(new Open(Family.Single, i, []));
                    }

                    break;
            }

            // Quotations that have run on too long were stray marks. Checked without a predicate
            // delegate: this runs at every character of the text.
            if (stack.Count > 0)
            {
                DropOverlong(stack, i);
            }
        }

        // Each opening mark opens at most one passage, so starts are distinct and the order is total.
        found.Sort(static (a, b) => a.Outer.Start != b.Outer.Start ? a.Outer.Start.CompareTo(b.Outer.Start) : a.Depth.CompareTo(b.Depth));
        return found;
    }

    private static bool HasOpen(List<Open> stack, Family family)
    {
        foreach (var o in stack)
        {
            if (o.Family == family)
            {
                return true;
            }
        }

        return false;
    }

    private static void DropOverlong(List<Open> stack, int i)
    {
        var kept = 0;
        for (var k = 0; k < stack.Count; k++)
        {
            if (i - stack[k].At <= MaxLength)
            {
                stack[kept++] = stack[k];
            }
        }

        if (kept < stack.Count)
        {
            stack.RemoveRange(kept, stack.Count - kept);
        }
    }

    private static void Close(string text, List<Open> stack, Family family, int at, List<QuotedPassage> found)
    {
        var index = -1;
        for (var k = stack.Count - 1; k >= 0; k--)
        {
            if (stack[k].Family == family)
            {
                index = k;
                break;
            }
        }

        if (index < 0)
        {
            return;
        }

        var open = stack[index];

        // Anything opened inside and never closed was stray.
        stack.RemoveRange(index, stack.Count - index);
        var inner = new TextSpan(open.At + 1, at);
        if (inner.Length <= 0 || !HasLetterOrDigit(text, inner))
        {
            return;
        }

        found.Add(new QuotedPassage(new TextSpan(open.At, at + 1), inner, index, open.Reopenings));
    }

    /// <summary>
    /// At a paragraph break, an open quotation runs on only if the next paragraph reopens it with the
    /// same kind of mark (the convention for long quotations); otherwise its marks were stray.
    /// Returns where scanning resumes.
    /// </summary>
    private static int HandleParagraphBreak(string text, List<Open> stack, int next)
    {
        if (stack.Count == 0)
        {
            return next;
        }

        var outer = stack[0];
        var reopens = next < text.Length && (outer.Family == Family.Double
            ? text[next] is '\u201C' or '"' or '\u201E' or '\u00AB'
            : text[next] is '\u2018' or '\'');
        if (reopens && stack.Count == 1)
        {
            outer.Reopenings.Add(next);
            return next + 1;
        }

        stack.Clear();
        return next;
    }

    private static bool IsParagraphBreak(string text, int newline, out int next)
    {
        var j = newline + 1;
        var breaks = 1;
        while (j < text.Length && char.IsWhiteSpace(text[j]))
        {
            if (text[j] == '\n')
            {
                breaks++;
            }

            j++;
        }

        next = j;
        return breaks >= 2 || j >= text.Length;
    }

    private static bool ClosesLaterInParagraph(string text, int at)
    {
        // Look no further than a quotation can run.
        var limit = Math.Min(text.Length, at + MaxLength);
        var end = text.IndexOf("\n\n", at, limit - at, StringComparison.Ordinal);
        end = end < 0 ? limit : end;
        for (var j = at + 2; j < end; j++)
        {
            if (text[j] == '\'' && !char.IsWhiteSpace(text[j - 1]) && !IsWordChar(After(text, j)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensHere(string text, int i)
    {
        var before = Before(text, i);
        var after = After(text, i);
        return (before == '\0' || char.IsWhiteSpace(before) || before is '(' or '[' or '\u2014' or '\u2013' or '-' or ':' or ',' or '\u201C' or '\u2018')
            && after != '\0' && !char.IsWhiteSpace(after);
    }

    private static bool HasLetterOrDigit(string text, TextSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static char Before(string text, int i) => i > 0 ? text[i - 1] : '\0';

    private static char After(string text, int i) => i + 1 < text.Length ? text[i + 1] : '\0';

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c);

    private static bool IsWordStart(char c) => char.IsLetterOrDigit(c) || c is '.' or '[' or '(';
}
