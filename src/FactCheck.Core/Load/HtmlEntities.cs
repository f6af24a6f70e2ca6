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

        // A no-break space is a space to every later stage.
        view.Replace(start, i + 1, decoded.Replace('\u00A0', ' '));
        return i + 1;
    }
}
