using System.Globalization;

namespace FactCheck.Core.Text;

/// <summary>The English month and weekday names ("June", "Tuesday"): capitalised words that name no person, place or outlet.</summary>
public static class CalendarNames
{
    private static readonly HashSet<string> Names = new(
        CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Concat(CultureInfo.InvariantCulture.DateTimeFormat.DayNames).Where(n => n.Length > 0),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> is a month or weekday name, in any case.</summary>
    public static bool Contains(string word) => Names.Contains(word);
}
