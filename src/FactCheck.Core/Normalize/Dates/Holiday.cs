using System.Globalization;
using FactCheck.Core.Data;

namespace FactCheck.Core.Normalize.Dates;

/// <summary>
/// A holiday and the rule that places it in a year, read from Data/date-holidays.txt: a fixed day
/// ("12-25"), the nth weekday of a month ("4 thu 11" = fourth Thursday of November, "-1 mon 5" = last
/// Monday of May), or a distance from Easter ("easter+1").
/// </summary>
public sealed record Holiday(string Name, string Rule)
{
    private static readonly Lazy<IReadOnlyList<Holiday>> AllHolidays = new(Load);

    public static IReadOnlyList<Holiday> All => AllHolidays.Value;

    /// <summary>The holiday's day in <paramref name="year"/>, or null when the rule cannot place it.</summary>
    public DateOnly? In(int year)
    {
        var parts = Rule.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (Rule.StartsWith("easter", StringComparison.OrdinalIgnoreCase))
        {
            var offset = Rule.Length > 6 ? int.Parse(Rule[6..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
            return Easter(year).AddDays(offset);
        }

        if (parts.Length == 1)
        {
            var md = parts[0].Split('-');
            return new DateOnly(year, int.Parse(md[0], CultureInfo.InvariantCulture), int.Parse(md[1], CultureInfo.InvariantCulture));
        }

        var n = int.Parse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var weekday = DateVocabulary.Instance.Weekday(parts[1]);
        var month = int.Parse(parts[2], CultureInfo.InvariantCulture);
        var extra = parts.Length > 3 ? int.Parse(parts[3], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) : 0;
        if (weekday is null)
        {
            return null;
        }

        DateOnly day;
        if (n > 0)
        {
            var first = new DateOnly(year, month, 1);
            day = first.AddDays((((int)weekday.Value - (int)first.DayOfWeek + 7) % 7) + (7 * (n - 1)));
        }
        else
        {
            var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
            day = last.AddDays(-((((int)last.DayOfWeek - (int)weekday.Value) + 7) % 7));
        }

        return day.AddDays(extra);
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian computus).</summary>
    private static DateOnly Easter(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }

    private static List<Holiday> Load() =>
        Lexicon.Entries("date-holidays")
            .Select(line => line.Split('|', 2))
            .Where(p => p.Length == 2)
            .SelectMany(p => p[0].Split(',').Select(name => new Holiday(name.Trim(), p[1].Trim())))
            .ToList();
}
