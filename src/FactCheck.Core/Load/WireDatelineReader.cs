using System.Text.RegularExpressions;
using FactCheck.Core.Text;

namespace FactCheck.Core.Load;

/// <summary>
/// Reads the outlet a wire story's dateline names: "KOSTEL, Oct 5 (Tidewater Wire) - Estravia's …",
/// "SANTERRE, Corvalla Valley (TPA) — …". The place opens in capitals, a day may follow, and the outlet
/// stands in brackets before a dash. The dateline stays in the text; only the outlet is taken, and only
/// when nothing else names one.
/// </summary>
internal static partial class WireDatelineReader
{
    // The dateline opens one of this many non-blank lines at the top.
    private const int TopLines = 8;

    [GeneratedRegex(
        @"^(?:[\p{Lu}][\p{Lu}'’.\-]*(?:\s+[\p{Lu}][\p{Lu}'’.\-]*){0,3})(?:,\s*[\p{Lu}][\p{L}'’.\-]*(?:\s+[\p{Lu}][\p{L}'’.\-]*){0,3})?(?:,\s*(?:[\p{Lu}][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[\p{Lu}][a-z]{2,8}\.?))?\s*\((?<outlet>[^()\r\n]{2,60})\)\s*[-–—]\s",
        RegexOptions.CultureInvariant, PatternBudget.Milliseconds)]
    private static partial Regex Dateline();

    /// <summary>The outlet named in brackets by a wire dateline near the top, or null.</summary>
    public static string? Read(string view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var seen = 0;
        foreach (var line in TextLines.Of(view))
        {
            var trimmed = TextLines.Trim(view, line);
            if (trimmed.Length == 0)
            {
                continue;
            }

            if (++seen > TopLines)
            {
                break;
            }

            if (Outlet(trimmed.Of(view)) is { } outlet)
            {
                return outlet;
            }
        }

        return null;
    }

    /// <summary>
    /// How many characters the wire dateline a text opens with takes ("KOSTEL, Oct 5 (Tidewater Wire) - "); 0 when it opens
    /// with none. A day there dates the report, not anything it reports.
    /// </summary>
    internal static int DatelineLength(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var m = Dateline().Match(text.Length > 200 ? text[..200] : text);
            return m.Success && OutletNamer.LooksLikeName(m.Groups["outlet"].Value.Trim()) ? m.Length : 0;
        }
        catch (RegexMatchTimeoutException)
        {
            return 0;
        }
    }

    /// <summary>The outlet of a paragraph that opens with a wire dateline, or null.</summary>
    internal static string? Outlet(string paragraph)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        try
        {
            var m = Dateline().Match(paragraph.Length > 200 ? paragraph[..200] : paragraph);
            var outlet = m.Success ? m.Groups["outlet"].Value.Trim() : null;
            return outlet is not null && OutletNamer.LooksLikeName(outlet) ? outlet : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }
}
