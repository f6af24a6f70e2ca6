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
        // An owner's name between "of" and the figure ("all but six of the authority's 64 routes") leaves it the whole.
        var before = at <= 0 ? null : OwnerBefore(sentence, at) is { } ownerStart ? TextScan.PreviousWord(sentence, ownerStart) : TextScan.PreviousWord(sentence, at);
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

        // "all but six of the 64 routes": all of the whole less the few left out.
        if (AllBut().Match(lead) is { Success: true } allBut && figure.Quantity is { Low: var whole, High: var high } && whole == high && whole > 0)
        {
            foreach (var number in NumberRecognizer.FindAll(lead))
            {
                if (number.Span.Start == allBut.Groups["n"].Index && number.Span.End == lead.Length && number.Value > 0 && number.Value < whole)
                {
                    return (whole - number.Value) / whole;
                }
            }
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

    /// <summary>Where the owner's name right before <paramref name="at"/> starts ("the authority's 64", "the workers' 40"); null when none stands there.</summary>
    private static int? OwnerBefore(string sentence, int at)
    {
        var e = at;
        while (e > 0 && sentence[e - 1] == ' ')
        {
            e--;
        }

        var nameEnd = e >= 3 && sentence[e - 1] is 's' or 'S' && sentence[e - 2] is '\'' or '\u2019' ? e - 2
            : e >= 2 && sentence[e - 1] is '\'' or '\u2019' && sentence[e - 2] is 's' or 'S' ? e - 1
            : -1;
        return nameEnd > 0 && TextScan.PreviousWordSpan(sentence, nameEnd) is var (start, end) && end == nameEnd ? start : null;
    }

    [GeneratedRegex(@"\ball\s+but\s+(?<n>\S+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AllBut();

    [GeneratedRegex(@"(?<![\d.])(?<n>\d{1,2}(?:\.\d+)?)\s*(?:%|per\s*cent|percent)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Percent();
}
