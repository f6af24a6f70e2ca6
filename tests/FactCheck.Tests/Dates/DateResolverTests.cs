using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Text;

namespace FactCheck.Tests.Dates;

/// <summary>The resolver and the tense detector on their own.</summary>
public sealed class DateResolverTests
{
    private static readonly DateOnly Tuesday = new(2025, 7, 1);

    [Theory]
    [InlineData(DayOfWeek.Tuesday, Lean.Past, "2025-07-01")] // the publication day itself
    [InlineData(DayOfWeek.Friday, Lean.Past, "2025-06-27")]
    [InlineData(DayOfWeek.Friday, Lean.Future, "2025-07-04")]
    [InlineData(DayOfWeek.Monday, Lean.Nearest, "2025-06-30")]
    public void Bare_weekdays_follow_the_tense(DayOfWeek day, Lean lean, string expected) =>
        Assert.Equal(expected, DateResolver.Resolve(new WeekdayForm(day, Shift.None), Tuesday, lean)?.ToIso());

    [Fact]
    public void The_suite_convention_puts_the_reference_day_in_the_future_for_weekdays()
    {
        var suite = new ResolveOptions(ReferenceDayIsPast: false);
        Assert.Equal("2025-06-24", DateResolver.Resolve(new WeekdayForm(DayOfWeek.Tuesday, Shift.None), Tuesday, Lean.Past, suite)?.ToIso());
        Assert.Equal("2025-07-01", DateResolver.Resolve(new WeekdayForm(DayOfWeek.Tuesday, Shift.None), Tuesday, Lean.Future, suite)?.ToIso());
    }

    [Theory]
    [InlineData(5, 16, Lean.Past, "2025-05-16")]
    [InlineData(5, 16, Lean.Future, "2026-05-16")]
    [InlineData(7, 3, Lean.Nearest, "2025-07-03")]
    [InlineData(1, 2, Lean.Nearest, "2025-01-02")]
    [InlineData(8, 10, Lean.Past, "2025-08-10")] // a past tense does not reach back eleven months: the nearer day
    [InlineData(6, 20, Lean.Past, "2025-06-20")]
    public void Days_without_a_year_take_the_sensible_year(int month, int day, Lean lean, string expected) =>
        Assert.Equal(expected, DateResolver.Resolve(new DayForm(null, month, day), Tuesday, lean)?.ToIso());

    [Fact]
    public void Absolute_dates_resolve_without_a_reference_and_relative_ones_do_not()
    {
        Assert.Equal("2022-02", DateResolver.Resolve(new MonthForm(2022, 2), null, Lean.Past)?.ToIso());
        Assert.Null(DateResolver.Resolve(new DayForm(null, 5, 16), null, Lean.Past));
        Assert.Null(DateResolver.Resolve(new OffsetForm(-1, DateUnit.Day), null, Lean.Past));
        Assert.Null(DateResolver.Resolve(new DayForm(2023, 2, 29), null, Lean.Past)); // no such day
    }

    [Theory]
    [InlineData("thanksgiving", 2025, "2025-11-27")]
    [InlineData("easter", 2024, "2024-03-31")]
    [InlineData("memorial day", 2025, "2025-05-26")]
    [InlineData("christmas", 2023, "2023-12-25")]
    public void Holidays_are_placed_by_their_rule(string name, int year, string expected)
    {
        var holiday = Holiday.All.Single(h => h.Name == name);
        Assert.Equal(expected, DateResolver.Resolve(new HolidayForm(holiday, year, Shift.None), null, Lean.Past)?.ToIso());
    }

    [Theory]
    [InlineData("The minister said on Friday that talks failed.", "Friday", Lean.Past)]
    [InlineData("The minister will travel on Friday.", "Friday", Lean.Future)]
    [InlineData("Officials said Monday that talks will resume soon.", "Monday", Lean.Past)]
    [InlineData("A meeting on Friday is possible.", "Friday", Lean.Nearest)]
    [InlineData("The firm said the plant would reopen on Friday.", "Friday", Lean.Future)]
    [InlineData("She would have turned 90 on Friday.", "Friday", Lean.Past)]
    [InlineData("The council approved plans to charge for parking in the town centre on Tuesday evening.", "Tuesday", Lean.Past)]
    [InlineData("The board unveiled its plans to close the depot on Friday.", "Friday", Lean.Past)]
    [InlineData("The council plans to charge for parking in the town centre from Tuesday.", "Tuesday", Lean.Future)]
    [InlineData("Ministers have no plans to visit the site on Friday.", "Friday", Lean.Future)]
    public void Tense_is_read_from_the_nearest_marker(string sentence, string expression, Lean expected)
    {
        var start = sentence.IndexOf(expression, StringComparison.Ordinal);
        Assert.Equal(expected, TenseDetector.Around(sentence, new TextSpan(start, start + expression.Length)));
    }
}
