using System.Text.RegularExpressions;
using FactCheck.Core.Normalize.Dates;

namespace FactCheck.Core.Compare.Dates;

/// <summary>
/// Whether a date is one printed on goods ("cans marked best before 30 September 2026", "a best-before date of 30 October
/// 2026", "use by 2 May"): a label's date, never the day of a happening, and one fact with another report's label date.
/// </summary>
internal static partial class LabelDay
{
    [GeneratedRegex(@"\b(?:best[\s-]+before|use[\s-]+by|sell[\s-]+by|expiry|expiration|expires?|display[\s-]+until)(?:[\s-]+(?:date|dates|end))?(?:\s+(?:of|is|was|on))?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LabelBefore();

    // How far before the date its label is read ("best-before date of").
    private const int Reach = 40;

    public static bool Of(DateClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var text = claim.Sentence.Text;
        var at = claim.Span.Start - claim.Sentence.Span.Start;
        if (at <= 0 || at > text.Length)
        {
            return false;
        }

        var from = Math.Max(0, at - Reach);
        return LabelBefore().IsMatch(text.AsSpan(from, at - from));
    }
}
