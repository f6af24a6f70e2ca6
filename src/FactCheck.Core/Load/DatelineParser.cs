using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Core.Text;

namespace FactCheck.Core.Load;

/// <summary>A calendar date found in a line, and where it stands in that line.</summary>
internal readonly record struct FoundDate(DateOnly Date, int Start, int End);

/// <summary>
/// Reads publication dates as articles and their metadata write them: "July 01, 2025",
/// "1 July 2025", "Tue, 1 Jul 2025 10:00:00 GMT", "2025-07-01", "2025-07-01T09:30:00Z",
/// "2025/07/01". Month names come from the invariant culture, not from a list of our own.
/// </summary>
internal static partial class DatelineParser
{
    // Only this much of a line is searched: datelines are short, and article text is untrusted.
    private const int MaxScan = 400;

    private static readonly Dictionary<string, int> Months = BuildMonths();

    private static readonly Regex MonthDayYear = new(
        $@"\b(?<m>{MonthPattern()})\.?\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<y>\d{{4}})(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternBudget.Time);

    private static readonly Regex DayMonthYear = new(
        $@"\b(?<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?<m>{MonthPattern()})\.?,?\s+(?<y>\d{{4}})(?!\d)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternBudget.Time);

    private static readonly Regex[] Patterns = [MonthDayYear, DayMonthYear, Numeric()];

    [GeneratedRegex(@"(?<!\d)(?<y>\d{4})([-/.])(?<m>\d{1,2})\1(?<d>\d{1,2})(?!\d)", RegexOptions.CultureInvariant, PatternBudget.Milliseconds)]
    private static partial Regex Numeric();

    /// <summary>Whether the whole line is a month and a year ("June 2025", "Sept. 2019").</summary>
    public static bool IsMonthAndYear(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var parts = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 2
            && Months.ContainsKey(parts[0].TrimEnd('.', ',').ToLowerInvariant())
            && parts[1].Length == 4 && parts[1].All(char.IsAsciiDigit);
    }

    /// <summary>The date a whole value stands for (front matter, meta content), or null.</summary>
    public static DateOnly? ParseStandalone(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var found = FindIn(value.Trim());
        return found?.Date;
    }

    /// <summary>The earliest date in <paramref name="line"/> (its first 400 characters).</summary>
    public static FoundDate? FindIn(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Length > MaxScan ? line[..MaxScan] : line;

        // Every pattern needs a digit (\d: any Unicode decimal digit); most lines have none.
        if (!text.AsSpan().ContainsAnyInRange('0', '9') && !text.Any(char.IsDigit))
        {
            return null;
        }

        FoundDate? best = null;
        foreach (var regex in Patterns)
        {
            for (var m = regex.Match(text); m.Success; m = m.NextMatch())
            {
                if (ToDate(m) is { } date)
                {
                    if (best is null || m.Index < best.Value.Start)
                    {
                        best = new FoundDate(date, m.Index, m.Index + m.Length);
                    }

                    break;
                }
            }
        }

        return best;
    }

    private static DateOnly? ToDate(Match m)
    {
        var year = int.Parse(m.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        var monthText = m.Groups["m"].Value;
        var month = char.IsAsciiDigit(monthText[0])
            ? int.Parse(monthText, CultureInfo.InvariantCulture)
            : Months.GetValueOrDefault(monthText.TrimEnd('.').ToLowerInvariant());
        if (year is < 1800 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        return new DateOnly(year, month, day);
    }

    private static string MonthPattern() =>
        string.Join('|', Months.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));

    private static Dictionary<string, int> BuildMonths()
    {
        var info = DateTimeFormatInfo.InvariantInfo;
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < 12; i++)
        {
            months[info.MonthNames[i].ToLowerInvariant()] = i + 1;
            months[info.AbbreviatedMonthNames[i].ToLowerInvariant()] = i + 1;
        }

        // The one common abbreviation the invariant culture does not write.
        months["sept"] = 9;
        return months;
    }
}
