using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// The fraction a sentence tells of a figure's whole: "burned through roughly one-third of the 36,000-square-foot roof" gives
/// a third, "40% of its 2,000 acres" two fifths. Another report's figure that is that fraction of it ("about 12,000 square
/// feet of roofing") is the part, no rival to the whole. Null when no fraction stands before the figure.
/// </summary>
internal static partial class FractionOfWhole
{
    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "its", "their", "his", "her", "our", "a", "an", "this", "that" };

    public static decimal? Of(QuantityClaim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var sentence = figure.Sentence.Text;
        var at = ClaimPlace.In(figure);
        var before = at > 0 ? TextScan.PreviousWord(sentence, at) : null;
        if (before is { } determiner && Determiners.Contains(determiner.Word))
        {
            before = TextScan.PreviousWord(sentence, determiner.Start);
        }

        if (before is not { Word: "of" } of)
        {
            return null;
        }

        var lead = sentence[..of.Start].TrimEnd();
        if (Percent().Match(lead) is { Success: true } percent)
        {
            var share = decimal.Parse(percent.Groups["n"].Value, CultureInfo.InvariantCulture) / 100m;
            return share is > 0 and < 1 ? share : null;
        }

        if (lead.EndsWith("half", StringComparison.OrdinalIgnoreCase) && (lead.Length == 4 || !char.IsLetter(lead[^5])))
        {
            return 0.5m;
        }

        foreach (var number in NumberRecognizer.FindAll(lead))
        {
            if (number.Span.End == lead.Length && number.Value is > 0 and < 1)
            {
                return number.Value;
            }
        }

        return null;
    }

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Percent();
}
