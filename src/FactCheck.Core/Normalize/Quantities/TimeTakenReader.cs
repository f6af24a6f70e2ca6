using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Quantities;

/// <summary>
/// Times taken as sports and races report them: "clocked 8:14.83" (minutes, seconds and hundredths), "won in
/// 2:05:33" (hours, minutes and seconds). Neither form is a clock time: a clock gives no hundredths, and a time of
/// day with seconds is followed by its "a.m.", "p.m." or zone, which these are not. The figure is in seconds, with
/// the unit <see cref="Unit"/>.
/// </summary>
public static partial class TimeTakenReader
{
    /// <summary>The unit of a time taken, shown before its value ("time taken 8:14.83").</summary>
    public const string Unit = "time taken";

    [GeneratedRegex(
        @"(?<![\d:.,])(?:(?<h>\d{1,2}):(?<m>[0-5]\d):(?<s>[0-5]\d)(?:\.(?<f>\d{1,3}))?|(?<m>\d{1,2}):(?<s>[0-5]\d)\.(?<f>\d{1,3}))(?![\d:]|\.\d|\s*(?:(?i:a\.?m\b|p\.?m\b|local\b)|GMT|UTC|[A-Z]{2,4}T\b))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture,
        PatternBudget.Milliseconds)]
    private static partial Regex TimeTaken();

    public static IEnumerable<QuantityMention> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Contains(':', StringComparison.Ordinal))
        {
            yield break; // most sentences: no time at all
        }

        foreach (Match m in TimeTaken().Matches(text))
        {
            var hours = m.Groups["h"].Success ? int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
            var minutes = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            var seconds = decimal.Parse(m.Groups["s"].Value + (m.Groups["f"].Success ? "." + m.Groups["f"].Value : ""), CultureInfo.InvariantCulture);
            var total = (hours * 3600) + (minutes * 60) + seconds;
            yield return new QuantityMention(new TextSpan(m.Index, m.Index + m.Length), Quantity.Of(total, Unit));
        }
    }

    /// <summary>"8:14.83" for 494.83 seconds, "2:05:33" for 7,533: as reports write a time taken.</summary>
    public static string Format(decimal seconds)
    {
        var whole = (int)decimal.Truncate(seconds);
        var fraction = seconds - whole;
        var (h, m, s) = (whole / 3600, whole / 60 % 60, whole % 60);
        var head = h > 0 ? string.Create(CultureInfo.InvariantCulture, $"{h}:{m:00}:{s:00}") : string.Create(CultureInfo.InvariantCulture, $"{m}:{s:00}");
        return fraction == 0 ? head : head + fraction.ToString(".###", CultureInfo.InvariantCulture);
    }
}
