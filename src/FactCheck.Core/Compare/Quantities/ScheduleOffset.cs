using System.Text.RegularExpressions;
using FactCheck.Core.Normalize.Quantities;

namespace FactCheck.Core.Compare.Quantities;

/// <summary>
/// Whether a span of time is how early or how late something is against its plan: "will leave three years before their loan
/// agreement was due to expire", "shipped home two years ahead of schedule" (early); "opened 18 months behind schedule",
/// "delayed by six weeks" (late). Two reports' such spans, of one direction, are one fact though their sentences share no
/// other word; spans of two directions never are. Null for a span of neither.
/// </summary>
internal static partial class ScheduleOffset
{
    public const string Early = "early";

    public const string Late = "late";

    private static readonly HashSet<string> TimeUnits = new(StringComparer.Ordinal) { "year", "month", "week", "day", "hour", "minute" };

    // How far after the figure, in characters, the words of a plan's date are read.
    private const int Reach = 80;

    public static string? Of(QuantityClaim figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (figure.Quantity.Unit is not { } unit || !TimeUnits.Contains(unit) || ClaimPlace.In(figure) is not (>= 0 and var at))
        {
            return null;
        }

        var text = figure.Sentence.Text;
        var end = at + figure.Text.Length;
        var after = text.AsSpan(end, Math.Min(Reach, text.Length - end));
        var before = text.AsSpan(0, at);
        return EarlyAfter().IsMatch(after) || EarlyBefore().IsMatch(before) ? Early
            : LateAfter().IsMatch(after) || LateBefore().IsMatch(before) ? Late
            : null;
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    [GeneratedRegex(@"^\s*(?:early\b|earlier\s+than\s+(?:planned|scheduled|expected|intended|due)\b|ahead\s+of\s+(?:schedule|time|plan)\b|sooner\s+than\s+(?:planned|scheduled|expected|intended)\b|before\s+(?:[\w'’-]+\s+){0,5}?(?:was|were|is|are|had\s+been)\s+(?:due|scheduled|set|meant)\b)", Options)]
    private static partial Regex EarlyAfter();

    [GeneratedRegex(@"\b(?:brought|moved)\s+forward\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?$", Options)]
    private static partial Regex EarlyBefore();

    [GeneratedRegex(@"^\s*(?:late\b|later\s+than\s+(?:planned|scheduled|expected|intended)\b|behind\s+schedule\b|overdue\b|after\s+(?:[\w'’-]+\s+){0,5}?(?:was|were|is|are|had\s+been)\s+(?:due|scheduled|set|meant)\b)", Options)]
    private static partial Regex LateAfter();

    [GeneratedRegex(@"\b(?:delayed|pushed\s+back|put\s+back|held\s+up)\s+(?:by\s+)?(?:a\s+further\s+|another\s+|about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?$", Options)]
    private static partial Regex LateBefore();
}
