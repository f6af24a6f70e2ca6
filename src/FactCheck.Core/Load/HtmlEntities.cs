using System.Net;

namespace FactCheck.Core.Load;

/// <summary>
/// Replaces an HTML character reference ("&amp;amp;", "&amp;#8217;", "&amp;rsquo;") in the view by the
/// character it stands for, padded with spaces so that nothing after it moves.
/// </summary>
internal static class HtmlEntities
{
    // The longest named reference is 32 characters ("&CounterClockwiseContourIntegral;").
    private const int MaxReference = 34;

    /// <summary>
    /// If a character reference starts at <paramref name="start"/> (a '&amp;'), decodes it into the
    /// view and returns the offset after it; otherwise returns <paramref name="start"/>.
    /// </summary>
    public static int DecodeAt(ViewBuffer view, int start)
    {
        var raw = view.Raw;
        var limit = Math.Min(raw.Length, start + MaxReference);
        var i = start + 1;
        if (i < limit && raw[i] == '#')
        {
            i++;
            if (i < limit && raw[i] is 'x' or 'X')
            {
                i++;
            }
        }

        var bodyStart = i;
        while (i < limit && char.IsAsciiLetterOrDigit(raw[i]))
        {
            i++;
        }

        if (i == bodyStart || i >= limit || raw[i] != ';')
        {
            return start;
        }

        var reference = raw[start..(i + 1)];
        var decoded = WebUtility.HtmlDecode(reference);
        if (decoded == reference || decoded.Length > reference.Length)
        {
            return start;
        }

        // A no-break space is a space to every later stage. The character goes next to the word it
        // touches: "&pound;5" → "     £5", "said&rdquo; he" → "said”      he".
        decoded = decoded.Replace('\u00A0', ' ');
        var end = i + 1;
        var touchesNext = end < raw.Length && !char.IsWhiteSpace(raw[end]) && raw[end] is not ('<' or '&');
        var touchesPrevious = start > 0 && !char.IsWhiteSpace(raw[start - 1]) && raw[start - 1] != '>';
        var at = touchesNext && !touchesPrevious ? end - decoded.Length : start;
        view.Blank(start, end);
        view.Replace(at, at + decoded.Length, decoded);

        return end;
    }
}
