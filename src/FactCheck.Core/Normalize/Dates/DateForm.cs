namespace FactCheck.Core.Normalize.Dates;

/// <summary>
/// What a date expression says, before it is pinned to the calendar: the recognizer's output and
/// the resolver's input. Parts the text leaves open (a missing year) are null.
/// </summary>
public abstract record DateForm
{
    /// <summary>True when the form can only be resolved against a reference (publication) date.</summary>
    public abstract bool NeedsReference { get; }
}

/// <summary>A day of a month: "July 1, 2025", "1 July", "07/01/2025". Year null when unstated.</summary>
public sealed record DayForm(int? Year, int Month, int Day) : DateForm
{
    public override bool NeedsReference => Year is null;
}

/// <summary>A day of the month alone: "the 15th".</summary>
public sealed record DayOfMonthForm(int Day) : DateForm
{
    public override bool NeedsReference => true;
}

/// <summary>A month: "February 2022", "June". Year null when unstated.</summary>
public sealed record MonthForm(int? Year, int Month) : DateForm
{
    public override bool NeedsReference => Year is null;
}

/// <summary>A calendar year: "2014".</summary>
public sealed record YearForm(int Year) : DateForm
{
    public override bool NeedsReference => false;
}

/// <summary>A decade ("the 1990s") or, with <see cref="Years"/> 100, a century. Century unknown for "the '90s".</summary>
public sealed record DecadeForm(int StartYear, int Years, bool CenturyStated) : DateForm
{
    public override bool NeedsReference => !CenturyStated;
}

/// <summary>A quarter or half of a year: "Q1 2019" (Months 3), "2019 H2" (Months 6). Year null when unstated.</summary>
public sealed record QuarterForm(int? Year, int Index, int Months) : DateForm
{
    public override bool NeedsReference => Year is null;
}

/// <summary>How a weekday or calendar unit is placed relative to the reference date.</summary>
public enum Shift
{
    /// <summary>Bare ("Friday"): the tense of the sentence decides.</summary>
    None,

    /// <summary>"this Friday", "this week": the one in the current week.</summary>
    This,

    /// <summary>"next Friday", "next week": the one in the following week.</summary>
    Next,

    /// <summary>"last Friday", "last week": the one in the previous week.</summary>
    Last,

    /// <summary>"this coming Friday", "upcoming Friday": the next one after the reference day.</summary>
    Coming,

    /// <summary>"this past Friday": the most recent one before the reference day.</summary>
    Past,
}

/// <summary>A named weekday: "Tuesday", "last Friday", "next Monday".</summary>
public sealed record WeekdayForm(DayOfWeek Weekday, Shift Shift) : DateForm
{
    public override bool NeedsReference => true;
}

/// <summary>A weekday within a relative week: "Tuesday of next week" (WeekOffset 1), "this week Monday".</summary>
public sealed record WeekdayOfWeekForm(DayOfWeek Weekday, int WeekOffset) : DateForm
{
    public override bool NeedsReference => true;
}

/// <summary>A weekday with a day of the month: "Friday the 22nd", "Mon 13th".</summary>
public sealed record WeekdayDayForm(DayOfWeek Weekday, int Day) : DateForm
{
    public override bool NeedsReference => true;
}

/// <summary>The calendar units relative expressions count in.</summary>
public enum DateUnit
{
    Day,
    Week,
    Weekend,
    Fortnight,
    Month,
    Quarter,
    Year,
    Decade,
}

/// <summary>
/// A day a stated distance from the reference: "yesterday" (-1 day), "two days ago", "in three weeks".
/// <see cref="FutureOnly"/> marks "in three weeks", which in a past-tense sentence is a duration
/// ("the first time in 30 years"), not a date.
/// </summary>
public sealed record OffsetForm(int Amount, DateUnit Unit, bool FutureOnly = false) : DateForm
{
    public override bool NeedsReference => true;
}

/// <summary>
/// A whole calendar unit relative to the reference: "last month" (-1), "this week" (0), "next year" (+1).
/// <see cref="FromContext"/> marks "the following month", which counts from a date the sentence gave before it
/// ("next March … the following month" is April), when there is one.
/// </summary>
public sealed record RelativeUnitForm(DateUnit Unit, int Offset, bool FromContext = false) : DateForm
{
    public override bool NeedsReference => true;
}

/// <summary>A run of units next to the reference: "the last 3 months", "the next 2 days".</summary>
public sealed record SpanFromReferenceForm(DateUnit Unit, int Count, bool Forward) : DateForm
{
    public override bool NeedsReference => true;
}

/// <summary>A month named relative to the reference: "last September" (-1), "this June" (0), "next June" (+1).</summary>
public sealed record RelativeMonthForm(int Month, int Offset) : DateForm
{
    public override bool NeedsReference => true;
}

/// <summary>Which part of a period: "early June", "mid-2024", "late 2024".</summary>
public enum PeriodPart
{
    Early,
    Middle,
    Late,
}

/// <summary>A part of a period: "early June", "the end of 1989".</summary>
public sealed record PartForm(PeriodPart Part, DateForm Whole) : DateForm
{
    public override bool NeedsReference => Whole.NeedsReference;
}

/// <summary>An explicit span between two dates: "between May 16 and June 2", "2014-2018".</summary>
public sealed record RangeForm(DateForm From, DateForm To) : DateForm
{
    public override bool NeedsReference => From.NeedsReference || To.NeedsReference;
}

/// <summary>A day of a month named relative to the reference: "the 20th of next month" (MonthOffset 1).</summary>
public sealed record DayOfRelativeMonthForm(int Day, int MonthOffset) : DateForm
{
    public override bool NeedsReference => true;
}

/// <summary>A numbered week of a period: "the first week of June" (1), "the last week of 2016" (-1), "week 31" (31 of the year).</summary>
public sealed record WeekOfForm(int Index, DateForm Period) : DateForm
{
    public override bool NeedsReference => Period.NeedsReference;
}

/// <summary>A numbered weekday of a period: "the first Monday of June", "the last Friday of next month".</summary>
public sealed record NthWeekdayForm(int Index, DayOfWeek Weekday, DateForm Period) : DateForm
{
    public override bool NeedsReference => Period.NeedsReference;
}

/// <summary>The Monday-to-Sunday week holding a day: "the week of April 10", "the week beginning February 4".</summary>
public sealed record WeekContainingForm(DateForm Day) : DateForm
{
    public override bool NeedsReference => Day.NeedsReference;
}

/// <summary>
/// The part of the current week, month or year before the reference ("earlier this month") or from it
/// on ("later this week", "the rest of the month").
/// </summary>
public sealed record UnitAroundReferenceForm(DateUnit Unit, bool FromReference) : DateForm
{
    /// <summary>"Earlier"/"later" keep to the unit's first/second half; "the rest of the week" does not.</summary>
    public bool WithinHalf { get; init; } = true;

    public override bool NeedsReference => true;
}

/// <summary>A stretch starting at the reference: "within 5 days" (Amount 5, Day), "less than 3 days after tomorrow" (StartOffsetDays 1).</summary>
public sealed record WithinForm(int Amount, DateUnit Unit, int StartOffsetDays) : DateForm
{
    public override bool NeedsReference => true;
}

/// <summary>A day several units from the reference: "2 years 1 month 21 days ago" (each part signed).</summary>
public sealed record CompoundOffsetForm(IReadOnlyList<OffsetForm> Parts) : DateForm
{
    public override bool NeedsReference => true;
}

/// <summary>A day a distance from another date: "three weeks after June 2", "4 months from tomorrow".</summary>
public sealed record AnchoredOffsetForm(int Amount, DateUnit Unit, DateForm Anchor) : DateForm
{
    public override bool NeedsReference => Anchor.NeedsReference;
}

/// <summary>A named holiday: "Christmas", "Easter 2018", "last Thanksgiving". Year null when unstated.</summary>
public sealed record HolidayForm(Holiday Holiday, int? Year, Shift Shift) : DateForm
{
    /// <summary>"Labor Day weekend": the long weekend around the holiday, not the day.</summary>
    public bool Weekend { get; init; }

    public override bool NeedsReference => Year is null;
}

/// <summary>"The weekend" with no other word: the one just past in a past-tense sentence, the coming one otherwise.</summary>
public sealed record WeekendForm : DateForm
{
    public override bool NeedsReference => true;
}

/// <summary>A quarter (or, with <paramref name="Months"/> 6, a half) of a year named relative to the reference: "the third quarter of this year", "next year's first quarter", "the second half of the year".</summary>
public sealed record QuarterOfRelativeYearForm(int Index, int YearOffset, int Months = 3) : DateForm
{
    public override bool NeedsReference => true;
}
