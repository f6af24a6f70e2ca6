namespace FactCheck.Core.Normalize.Dates;

/// <summary>Which way an expression without a year (or a bare weekday) is read.</summary>
public enum Lean
{
    /// <summary>The most recent such date (a past-tense sentence).</summary>
    Past,

    /// <summary>The next such date (a future-tense sentence).</summary>
    Future,

    /// <summary>Whichever is closer to the reference; a bare weekday reads as the past one (news mostly reports).</summary>
    Nearest,

    /// <summary>
    /// Whichever is closer, a weekday too: an expectation told in the past ("inspectors were expected at the site on
    /// Tuesday") is of a day near the report, before it or after it.
    /// </summary>
    Closest,
}

/// <summary>
/// How the resolver counts the reference day. In news, "On Tuesday, X said" in an article published on a
/// Tuesday is that same day, so the past reading includes the reference day. The Recognizers-Text
/// suite reads "past" as strictly before it; the conformance checker asks for that.
/// </summary>
public sealed record ResolveOptions(bool ReferenceDayIsPast)
{
    /// <summary>
    /// News reading: a past tense only tips the balance. A day without a year more than this many days
    /// in the past ("was postponed to April 2" in March) is read as the nearer one. Null: the tense decides.
    /// </summary>
    public int? TenseHorizonDays { get; init; }

    /// <summary>
    /// "In three months", "two years ago": a count of months or years names the month or year it lands in, not a day
    /// ("in about three months" from April 12 is July, which "within 90 days" reaches).
    /// </summary>
    public bool CoarseOffsets { get; init; }

    public static ResolveOptions News { get; } = new(true) { TenseHorizonDays = 300, CoarseOffsets = true };
}

/// <summary>
/// Turns a <see cref="DateForm"/> into a <see cref="CalendarDate"/> against a reference date (the
/// publication date). Pure: the same form, reference and lean give the same date. Returns null when
/// the form needs a reference and none is given, or names no real day.
/// </summary>
public static class DateResolver
{
    public static CalendarDate? Resolve(DateForm form, DateOnly? reference, Lean lean, ResolveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(form);
        options ??= ResolveOptions.News;
        if (reference is null)
        {
            return form.NeedsReference ? null : Absolute(form);
        }

        try
        {
            return Relative(form, reference.Value, lean, options);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static CalendarDate? Absolute(DateForm form)
    {
        try
        {
            return Relative(form, DateOnly.MinValue, Lean.Past, ResolveOptions.News);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static CalendarDate? Relative(DateForm form, DateOnly r, Lean lean, ResolveOptions o) => form switch
    {
        DayForm { Year: { } y } d => ValidDay(y, d.Month, d.Day),
        DayForm d => DayWithoutYear(d.Month, d.Day, r, lean, o),
        DayOfMonthForm dm => DayOfMonth(dm.Day, r, lean, o),
        MonthForm { Year: { } y } mo => CalendarDate.Month(y, mo.Month),
        MonthForm mo => MonthWithoutYear(mo.Month, r, lean, o),
        YearForm y => CalendarDate.Year(y.Year),
        DecadeForm dec => Decade(dec, r, lean),
        QuarterForm q => Quarter(q, r, lean),
        WeekdayForm wd => CalendarDate.Day(Weekday(wd, r, lean, o)),
        WeekdayOfWeekForm ww => CalendarDate.Day(MondayOf(r).AddDays((7 * ww.WeekOffset) + DaysFromMonday(ww.Weekday))),
        WeekdayDayForm wdd => WeekdayDay(wdd, r, lean, o),
        OffsetForm { Unit: DateUnit.Month or DateUnit.Year } off when o.CoarseOffsets => Coarse(Shifted(r, off.Unit, off.Amount), off.Unit),
        OffsetForm off => CalendarDate.Day(Shifted(r, off.Unit, off.Amount)),
        RelativeUnitForm ru => Unit(ru.Unit, ru.Offset, r),
        SpanFromReferenceForm sp => SpanFromReference(sp, r),
        RelativeMonthForm rm => CalendarDate.Month(r.Year + rm.Offset, rm.Month),
        PartForm p => Relative(p.Whole, r, lean, o) is { } whole ? Part(p.Part, whole, halves: p.Whole is RelativeUnitForm { Unit: DateUnit.Year }) : null,
        RangeForm range => Range(range, r, lean, o),
        DayOfRelativeMonthForm drm => DayOfRelativeMonth(drm, r),
        WeekOfForm wo => Relative(wo.Period, r, lean, o) is { } period ? WeekOf(wo.Index, period) : null,
        NthWeekdayForm nw => Relative(nw.Period, r, lean, o) is { } period ? NthWeekday(nw, period) : null,
        WeekContainingForm wc => Relative(wc.Day, r, lean, o) is { } day ? Unit(DateUnit.Week, 0, day.Start) : null,
        UnitAroundReferenceForm ua => AroundReference(ua, r),
        WithinForm w => new CalendarDate(r.AddDays(w.StartOffsetDays), Shifted(r.AddDays(w.StartOffsetDays), w.Unit, w.Amount).AddDays(-1), DatePrecision.Day),
        CompoundOffsetForm co => CalendarDate.Day(co.Parts.Aggregate(r, (d, part) => Shifted(d, part.Unit, part.Amount))),
        AnchoredOffsetForm ao => Relative(ao.Anchor, r, lean, o) is { IsSingleDay: true } anchor ? CalendarDate.Day(Shifted(anchor.Start, ao.Unit, ao.Amount)) : null,
        HolidayForm { Weekend: true } h => HolidayDay(h, r, lean, o) is { } day ? HolidayWeekend(day.Start) : null,
        HolidayForm h => HolidayDay(h, r, lean, o),
        WeekendForm => Weekend(r, lean),
        QuarterOfRelativeYearForm qr => Quarter(new QuarterForm(r.Year + qr.YearOffset, qr.Index, qr.Months), r, lean),
        _ => null,
    };

    private static CalendarDate? DayOfRelativeMonth(DayOfRelativeMonthForm drm, DateOnly r)
    {
        var month = r.AddDays(1 - r.Day).AddMonths(drm.MonthOffset);
        return ValidDay(month.Year, month.Month, drm.Day);
    }

    /// <summary>Week n of a period is the Monday-to-Sunday week holding the period's 4th day plus n-1 weeks (ISO weeks for years); the last holds its 4th-last day.</summary>
    private static CalendarDate WeekOf(int index, CalendarDate period)
    {
        var monday = index > 0 ? MondayOf(period.Start.AddDays(3)).AddDays(7 * (index - 1)) : MondayOf(period.End.AddDays(-3));
        return new CalendarDate(monday, monday.AddDays(6), DatePrecision.Week);
    }

    private static CalendarDate? NthWeekday(NthWeekdayForm nw, CalendarDate period)
    {
        DateOnly day;
        if (nw.Index > 0)
        {
            day = period.Start.AddDays((((int)nw.Weekday - (int)period.Start.DayOfWeek + 7) % 7) + (7 * (nw.Index - 1)));
        }
        else
        {
            day = period.End.AddDays(-((((int)period.End.DayOfWeek - (int)nw.Weekday) + 7) % 7));
        }

        return day <= period.End ? CalendarDate.Day(day) : null;
    }

    /// <summary>
    /// "Earlier this month" runs from the start of the unit to the day before the reference, within its
    /// first half; "later this week" from the reference (or the second half, if later) to its end.
    /// </summary>
    private static CalendarDate? AroundReference(UnitAroundReferenceForm ua, DateOnly r)
    {
        var unit = Unit(ua.Unit, 0, r);
        var secondHalf = ua.Unit switch
        {
            DateUnit.Week => unit.Start.AddDays(3),
            DateUnit.Month => unit.Start.AddDays(15),
            DateUnit.Year => unit.Start.AddMonths(6),
            _ => unit.Start.AddDays((unit.End.DayNumber - unit.Start.DayNumber + 1) / 2),
        };
        if (!ua.WithinHalf)
        {
            secondHalf = ua.FromReference ? unit.Start : unit.End.AddDays(1);
        }

        var date = ua.FromReference
            ? new CalendarDate(r > secondHalf ? r : secondHalf, unit.End, DatePrecision.Day)
            : new CalendarDate(unit.Start, r.AddDays(-1) < secondHalf.AddDays(-1) ? r.AddDays(-1) : secondHalf.AddDays(-1), DatePrecision.Day);
        return date.Start <= date.End ? date : null;
    }

    private static CalendarDate? HolidayDay(HolidayForm h, DateOnly r, Lean lean, ResolveOptions o)
    {
        if (h.Year is { } year)
        {
            return h.Holiday.In(year) is { } d ? CalendarDate.Day(d) : null;
        }

        DateOnly? past = null;
        DateOnly? future = null;
        for (var y = r.Year + 1; y >= r.Year - 1 && past is null; y--)
        {
            if (h.Holiday.In(y) is { } d && (d < r || (o.ReferenceDayIsPast && d == r && h.Shift is not (Shift.Last or Shift.Past))))
            {
                past = d;
            }
        }

        for (var y = r.Year - 1; y <= r.Year + 1 && future is null; y++)
        {
            if (h.Holiday.In(y) is { } d && (d > r || (d == r && h.Shift is not (Shift.Next or Shift.Coming))))
            {
                future = d;
            }
        }

        var chosen = h.Shift switch
        {
            Shift.Last or Shift.Past => past,
            Shift.Next or Shift.Coming => future,
            Shift.This => h.Holiday.In(r.Year),
            _ => Pick(past, future, r, lean),
        };
        return chosen is { } c ? CalendarDate.Day(c) : null;
    }

    /// <summary>A holiday's long weekend: from the Saturday before a Sunday or Monday holiday, else from the holiday, to the Sunday (Monday when it is the holiday).</summary>
    private static CalendarDate HolidayWeekend(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Monday => new CalendarDate(day.AddDays(-2), day, DatePrecision.Day),
        DayOfWeek.Sunday => new CalendarDate(day.AddDays(-1), day, DatePrecision.Day),
        _ => new CalendarDate(day, day.AddDays((7 - (int)day.DayOfWeek) % 7), DatePrecision.Day),
    };

    private static CalendarDate Weekend(DateOnly r, Lean lean)
    {
        var thisWeek = Unit(DateUnit.Weekend, 0, r);
        // In a past-tense sentence "the weekend" is the last one that has begun.
        return lean == Lean.Past && thisWeek.Start > r ? Unit(DateUnit.Weekend, -1, r) : thisWeek;
    }

    private static CalendarDate? ValidDay(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? CalendarDate.Day(year, month, day)
            : null;

    private static CalendarDate? DayWithoutYear(int month, int day, DateOnly r, Lean lean, ResolveOptions o)
    {
        DateOnly? past = null;
        DateOnly? future = null;
        // Feb 29 may be up to eight years away; every other day is within a year either side.
        for (var y = r.Year + 1; y >= r.Year - 8 && past is null; y--)
        {
            // A day with a month counts as past on the reference day itself (the suite agrees); only weekdays differ.
            if (ValidDay(y, month, day) is { } c && c.Start <= r)
            {
                past = c.Start;
            }
        }

        for (var y = r.Year - 1; y <= r.Year + 8 && future is null; y++)
        {
            if (ValidDay(y, month, day) is { } c && c.Start >= r)
            {
                future = c.Start;
            }
        }

        // Only the past reading is capped: "was postponed to April 2" looks ahead from a past verb, while a
        // future verb may well name a day almost a year away.
        if (o.TenseHorizonDays is { } horizon && lean == Lean.Past && past is { } p && r.DayNumber - p.DayNumber > horizon)
        {
            lean = Lean.Nearest;
        }

        var chosen = Pick(past, future, r, lean);
        return chosen is { } d ? CalendarDate.Day(d) : null;
    }

    private static CalendarDate Coarse(DateOnly day, DateUnit unit) =>
        unit == DateUnit.Year ? CalendarDate.Year(day.Year) : CalendarDate.Month(day.Year, day.Month);

    private static DateOnly? Pick(DateOnly? past, DateOnly? future, DateOnly r, Lean lean) => lean switch
    {
        Lean.Past => past ?? future,
        Lean.Future => future ?? past,
        _ when past is null => future,
        _ when future is null => past,
        _ => r.DayNumber - past.Value.DayNumber <= future.Value.DayNumber - r.DayNumber ? past : future,
    };

    private static CalendarDate? DayOfMonth(int day, DateOnly r, Lean lean, ResolveOptions o)
    {
        DateOnly? past = null;
        DateOnly? future = null;
        for (var k = 0; k <= 3 && past is null; k++)
        {
            var month = r.AddDays(1 - r.Day).AddMonths(-k);
            if (day <= DateTime.DaysInMonth(month.Year, month.Month))
            {
                var d = new DateOnly(month.Year, month.Month, day);
                if (d < r || (o.ReferenceDayIsPast && d == r))
                {
                    past = d;
                }
            }
        }

        for (var k = 0; k <= 3 && future is null; k++)
        {
            var month = r.AddDays(1 - r.Day).AddMonths(k);
            if (day <= DateTime.DaysInMonth(month.Year, month.Month))
            {
                var d = new DateOnly(month.Year, month.Month, day);
                if (d > r || (!o.ReferenceDayIsPast && d == r))
                {
                    future = d;
                }
            }
        }

        return Pick(past, future, r, lean) is { } chosen ? CalendarDate.Day(chosen) : null;
    }

    private static CalendarDate MonthWithoutYear(int month, DateOnly r, Lean lean, ResolveOptions o)
    {
        var past = month <= r.Month ? r.Year : r.Year - 1;
        var future = month >= r.Month ? r.Year : r.Year + 1;

        // As for a day, a past tense does not reach back beyond the horizon: "her time was inside the standard for the
        // world championships in August", written in June, names the coming August, which the past verb does not date.
        if (o.TenseHorizonDays is { } horizon && lean == Lean.Past && (((r.Year - past) * 12) + r.Month - month) * 30 >= horizon)
        {
            lean = Lean.Nearest;
        }

        var year = lean switch
        {
            Lean.Past => past,
            Lean.Future => future,
            // Unknown tense: the nearer of the two (the current month is both).
            _ => Math.Abs(((r.Year - past) * 12) + r.Month - month) <= Math.Abs(((future - r.Year) * 12) + month - r.Month) ? past : future,
        };
        return CalendarDate.Month(year, month);
    }

    private static CalendarDate Decade(DecadeForm dec, DateOnly r, Lean lean)
    {
        var start = dec.StartYear;
        if (!dec.CenturyStated)
        {
            // "the '70s": the latest such decade already begun, or the next one when the sentence looks ahead.
            var past = (r.Year / 100 * 100) + dec.StartYear;
            if (past > r.Year)
            {
                past -= 100;
            }

            start = lean == Lean.Future ? past + 100 : past;
        }

        return new CalendarDate(new DateOnly(Math.Max(1, start), 1, 1), new DateOnly(start + dec.Years - 1, 12, 31), DatePrecision.Decade);
    }

    private static CalendarDate Quarter(QuarterForm q, DateOnly r, Lean lean)
    {
        var year = q.Year ?? r.Year;
        var start = new DateOnly(year, ((q.Index - 1) * q.Months) + 1, 1);
        if (q.Year is null)
        {
            var end0 = start.AddMonths(q.Months).AddDays(-1);
            if (lean == Lean.Future && end0 < r)
            {
                start = start.AddYears(1);
            }
            else if (lean == Lean.Past && end0 >= r)
            {
                // "Output grew in the fourth quarter", written in October: a quarter told in the past is over.
                start = start.AddYears(-1);
            }
        }

        return new CalendarDate(start, start.AddMonths(q.Months).AddDays(-1), DatePrecision.Quarter);
    }

    private static DateOnly MondayOf(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));

    private static int DaysFromMonday(DayOfWeek wd) => ((int)wd + 6) % 7;

    private static DateOnly Weekday(WeekdayForm wd, DateOnly r, Lean lean, ResolveOptions o)
    {
        var inThisWeek = MondayOf(r).AddDays(DaysFromMonday(wd.Weekday));
        var back = ((int)r.DayOfWeek - (int)wd.Weekday + 7) % 7;
        var forward = ((int)wd.Weekday - (int)r.DayOfWeek + 7) % 7;
        var pastIncl = r.AddDays(-back);
        var pastStrict = back == 0 ? r.AddDays(-7) : pastIncl;
        var futureIncl = r.AddDays(forward);
        var futureStrict = forward == 0 ? r.AddDays(7) : futureIncl;
        return wd.Shift switch
        {
            Shift.This => inThisWeek,
            Shift.Next => inThisWeek.AddDays(7),
            // On a Sunday the week is all but over, and "last Monday" is the Monday six days before, as in a Sunday
            // paper; on other days it is the Monday of the week before this one.
            Shift.Last => r.DayOfWeek == DayOfWeek.Sunday ? pastStrict : inThisWeek.AddDays(-7),
            Shift.Coming => futureStrict,
            Shift.Past => pastStrict,
            _ => lean switch
            {
                Lean.Future => futureIncl,
                Lean.Closest when back > forward => futureIncl,
                _ => o.ReferenceDayIsPast ? pastIncl : pastStrict,
            },
        };
    }

    private static CalendarDate? WeekdayDay(WeekdayDayForm wdd, DateOnly r, Lean lean, ResolveOptions o)
    {
        var first = r.AddDays(1 - r.Day);
        DateOnly? Find(int step, Func<DateOnly, bool> side)
        {
            for (var k = 0; k <= 36; k++)
            {
                var month = first.AddMonths(k * step);
                if (wdd.Day <= DateTime.DaysInMonth(month.Year, month.Month))
                {
                    var d = new DateOnly(month.Year, month.Month, wdd.Day);
                    if (d.DayOfWeek == wdd.Weekday && side(d))
                    {
                        return d;
                    }
                }
            }

            return null;
        }

        var past = Find(-1, d => d < r || (o.ReferenceDayIsPast && d == r));
        var future = Find(1, d => d >= r);
        return Pick(past, future, r, lean) is { } chosen ? CalendarDate.Day(chosen) : null;
    }

    private static DateOnly Shifted(DateOnly r, DateUnit unit, int amount) => unit switch
    {
        DateUnit.Day => r.AddDays(amount),
        DateUnit.Week => r.AddDays(7 * amount),
        DateUnit.Fortnight => r.AddDays(14 * amount),
        DateUnit.Month => r.AddMonths(amount),
        DateUnit.Quarter => r.AddMonths(3 * amount),
        DateUnit.Year => r.AddYears(amount),
        DateUnit.Decade => r.AddYears(10 * amount),
        _ => r.AddDays(7 * amount),
    };

    private static CalendarDate Unit(DateUnit unit, int offset, DateOnly r)
    {
        switch (unit)
        {
            case DateUnit.Week:
                {
                    var monday = MondayOf(r).AddDays(7 * offset);
                    return new CalendarDate(monday, monday.AddDays(6), DatePrecision.Week);
                }

            case DateUnit.Weekend:
                {
                    var saturday = MondayOf(r).AddDays((7 * offset) + 5);
                    return new CalendarDate(saturday, saturday.AddDays(1), DatePrecision.Day);
                }

            case DateUnit.Fortnight:
                {
                    var monday = MondayOf(r).AddDays(14 * offset);
                    return new CalendarDate(monday, monday.AddDays(13), DatePrecision.Week);
                }

            case DateUnit.Month:
                {
                    var m = r.AddDays(1 - r.Day).AddMonths(offset);
                    return CalendarDate.Month(m.Year, m.Month);
                }

            case DateUnit.Quarter:
                {
                    var q = new DateOnly(r.Year, (((r.Month - 1) / 3) * 3) + 1, 1).AddMonths(3 * offset);
                    return new CalendarDate(q, q.AddMonths(3).AddDays(-1), DatePrecision.Quarter);
                }

            case DateUnit.Decade:
                {
                    var start = (r.Year / 10 * 10) + (10 * offset);
                    return new CalendarDate(new DateOnly(start, 1, 1), new DateOnly(start + 9, 12, 31), DatePrecision.Decade);
                }

            default:
                return CalendarDate.Year(r.Year + offset);
        }
    }

    private static CalendarDate SpanFromReference(SpanFromReferenceForm sp, DateOnly r)
    {
        if (sp.Unit is DateUnit.Quarter or DateUnit.Decade)
        {
            // Quarters and decades count whole units: "the past two quarters" ends where this quarter starts.
            var current = Unit(sp.Unit, 0, r);
            return sp.Forward
                ? new CalendarDate(current.End.AddDays(1), Unit(sp.Unit, sp.Count, r).End, current.Precision)
                : new CalendarDate(Unit(sp.Unit, -sp.Count, r).Start, current.Start.AddDays(-1), current.Precision);
        }

        if (sp.Forward)
        {
            var end = Shifted(r, sp.Unit, sp.Count);
            return new CalendarDate(r.AddDays(1), end, DatePrecision.Day);
        }

        var start = Shifted(r, sp.Unit, -sp.Count);
        return new CalendarDate(start, r.AddDays(-1), DatePrecision.Day);
    }

    /// <summary>Early, mid and late thirds of a period, as news uses them ("early June" = June 1-15).</summary>
    private static CalendarDate Part(PeriodPart part, CalendarDate whole, bool halves)
    {
        var (start, end) = (whole.Start, whole.End);
        if (halves && part != PeriodPart.Middle)
        {
            // "late this year", "early next year": the half of the year.
            return part == PeriodPart.Early
                ? new CalendarDate(start, start.AddMonths(6).AddDays(-1), whole.Precision)
                : new CalendarDate(start.AddMonths(6), end, whole.Precision);
        }

        switch (whole.Precision)
        {
            case DatePrecision.Month:
                return part switch
                {
                    PeriodPart.Early => new CalendarDate(start, start.AddDays(14), DatePrecision.Month),
                    PeriodPart.Middle => new CalendarDate(start.AddDays(9), start.AddDays(19), DatePrecision.Month),
                    _ => new CalendarDate(start.AddDays(15), end, DatePrecision.Month),
                };
            case DatePrecision.Year:
                return part switch
                {
                    PeriodPart.Early => new CalendarDate(start, start.AddMonths(4).AddDays(-1), DatePrecision.Year),
                    PeriodPart.Middle => new CalendarDate(start.AddMonths(4), start.AddMonths(8).AddDays(-1), DatePrecision.Year),
                    _ => new CalendarDate(start.AddMonths(8), end, DatePrecision.Year),
                };
            case DatePrecision.Week:
                return part switch
                {
                    PeriodPart.Early => new CalendarDate(start, start.AddDays(2), DatePrecision.Week),
                    PeriodPart.Middle => new CalendarDate(start.AddDays(2), start.AddDays(4), DatePrecision.Week),
                    _ => new CalendarDate(start.AddDays(3), end, DatePrecision.Week),
                };
            case DatePrecision.Decade:
                // "the early 1990s" 1990-1993, "mid" 1994-1996, "late" 1997-1999.
                return part switch
                {
                    PeriodPart.Early => new CalendarDate(start, new DateOnly(start.Year + 3, 12, 31), DatePrecision.Decade),
                    PeriodPart.Middle => new CalendarDate(new DateOnly(start.Year + 4, 1, 1), new DateOnly(start.Year + 6, 12, 31), DatePrecision.Decade),
                    _ => new CalendarDate(new DateOnly(start.Year + 7, 1, 1), end, DatePrecision.Decade),
                };
            default:
                {
                    var days = end.DayNumber - start.DayNumber + 1;
                    var third = days / 3;
                    return part switch
                    {
                        PeriodPart.Early => new CalendarDate(start, start.AddDays(third - 1), whole.Precision),
                        PeriodPart.Middle => new CalendarDate(start.AddDays(third), start.AddDays((2 * third) - 1), whole.Precision),
                        _ => new CalendarDate(start.AddDays(2 * third), end, whole.Precision),
                    };
                }
        }
    }

    private static CalendarDate? Range(RangeForm range, DateOnly r, Lean lean, ResolveOptions o)
    {
        // "from 10/1 to 11/7" said on October 24: the span around the reference, whatever the tense.
        if (range is { From: DayForm { Year: null } f, To: DayForm { Year: null } t }
            && ValidDay(r.Year, f.Month, f.Day) is { } f0 && ValidDay(f.Month <= t.Month ? r.Year : r.Year + 1, t.Month, t.Day) is { } t0
            && f0.Start <= r && r <= t0.End)
        {
            return new CalendarDate(f0.Start, t0.End, DatePrecision.Day);
        }

        var to = Relative(range.To, r, lean, o);
        if (to is null)
        {
            return null;
        }

        var from = range.From switch
        {
            // "May 16 to June 2": the first end lies before the second, in the same or the previous year.
            DayForm { Year: null } d => ValidDay(to.Start.Year, d.Month, d.Day) is { } same && same.Start <= to.End ? same : ValidDay(to.Start.Year - 1, d.Month, d.Day),
            MonthForm { Year: null } mo => CalendarDate.Month(mo.Month <= to.Start.Month ? to.Start.Year : to.Start.Year - 1, mo.Month),
            _ => Relative(range.From, r, lean, o),
        };
        if (from is null || from.Start > to.End)
        {
            return null;
        }

        var precision = (DatePrecision)Math.Min((int)from.Precision, (int)to.Precision);
        return new CalendarDate(from.Start, to.End, precision);
    }
}
