using System.Text.RegularExpressions;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// The fiscal or financial year a figure's sentence names relative to now: -1 for "last fiscal year", 0 for "this financial
/// year", +1 for "the coming fiscal year" or "next financial year"; null when it names none, or several. Such a year is
/// no calendar year the date reader could resolve, yet "$640,000 … last fiscal year" and "$1.1 million … for the coming
/// fiscal year" are two years' figures.
/// </summary>
internal static partial class FiscalYear
{
    [GeneratedRegex(@"\b(?<w>last|previous|past|this|current|next|coming|upcoming)\s+(?:fiscal|financial|budget)\s+year\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Relative();

    // Most sentences name no such year: one scan for its middle words spares the pattern.
    private static readonly System.Buffers.SearchValues<string> YearKinds = System.Buffers.SearchValues.Create(["fiscal", "financial", "budget"], StringComparison.OrdinalIgnoreCase);

    public static int? Of(QuantityClaim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Sentence.Text.AsSpan().IndexOfAny(YearKinds) < 0)
        {
            return null;
        }

        int? found = null;
        foreach (Match m in Relative().Matches(figure.Sentence.Text))
        {
            var offset = m.Groups["w"].Value.ToLowerInvariant() switch
            {
                "last" or "previous" or "past" => -1,
                "this" or "current" => 0,
                _ => 1,
            };
            if (found is { } earlier && earlier != offset)
            {
                return null; // "up from last fiscal year": the sentence compares two years
            }

            found = offset;
        }

        return found;
    }
}
