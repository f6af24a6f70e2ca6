using System.Globalization;

namespace FactCheck.Core.Normalize.Dates;

/// <summary>How much of a date a text fixes.</summary>
public enum DatePrecision
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
    Decade,
}

/// <summary>
/// A resolved calendar date or period: the inclusive days [Start, End] it covers and the
/// precision it was stated with. "June 2025" is 2025-06-01..2025-06-30 at month precision.
/// </summary>
public sealed record CalendarDate(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public static CalendarDate Day(DateOnly day) => new(day, day, DatePrecision.Day);

    public static CalendarDate Day(int year, int month, int day) => Day(new DateOnly(year, month, day));

    public static CalendarDate Month(int year, int month)
    {
        var start = new DateOnly(year, month, 1);
        return new(start, start.AddMonths(1).AddDays(-1), DatePrecision.Month);
    }

    public static CalendarDate Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    public bool IsSingleDay => Start == End;

    public bool Overlaps(CalendarDate other) => Start <= other.End && other.Start <= End;

    /// <summary>ISO form at the stated precision: "2025-06-02", "2025-06", "2014"; a span of days as "start/end".</summary>
    public string ToIso() => Precision switch
    {
        DatePrecision.Day when IsSingleDay => Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month when IsWholeMonth => Start.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        DatePrecision.Year when IsWholeYear => Start.Year.ToString(CultureInfo.InvariantCulture),
        _ => $"{Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}/{End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}",
    };

    private bool IsWholeMonth => Start.Day == 1 && End == Start.AddMonths(1).AddDays(-1);

    private bool IsWholeYear => Start.Month == 1 && Start.Day == 1 && End == new DateOnly(Start.Year, 12, 31);

    public override string ToString() => ToIso();
}
