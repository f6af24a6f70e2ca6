using System.Text.RegularExpressions;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Dates;

/// <summary>How the recognizer turns each pattern match into a <see cref="DateForm"/>.</summary>
public static partial class DateRecognizer
{
    private static int? YearOf(Group g)
    {
        if (!g.Success)
        {
            return null;
        }

        var digits = g.Value.TrimStart('\'', '’');
        if (!char.IsAsciiDigit(digits[0]))
        {
            return YearWords.Parse(digits);
        }

        var n = int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
        return digits.Length <= 2 ? TwoDigitYear(n) : n;
    }

    private static int TwoDigitYear(int n) => n < 50 ? 2000 + n : 1900 + n;

    private static DateForm? Day(Match m, string y, string mo, string d)
    {
        var month = int.TryParse(m.Groups[mo].Value, out var mm) ? mm : Words.Month(m.Groups[mo].Value);
        var day = Words.Number(m.Groups[d].Value);
        return month is null || day is null ? null : new DayForm(YearOf(m.Groups[y]), month.Value, day.Value);
    }

    private static DateForm? NumericDate(Match m)
    {
        var a = int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var year = YearOf(m.Groups["y"]);
        // US order first; day-first only when the first number cannot be a month.
        return a <= 12 ? new DayForm(year, a, b) : b <= 12 ? new DayForm(year, b, a) : null;
    }

    private static DateForm? NumericMonthDay(Match m)
    {
        var a = int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var b = int.Parse(m.Groups["b"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return new DayForm(null, a, b);
    }

    private static DateForm? MonthOf(Match m, string y, string mo) =>
        new MonthForm(YearOf(m.Groups[y]), int.Parse(m.Groups[mo].Value, System.Globalization.CultureInfo.InvariantCulture));

    private static DateForm? DayMonthName(Match m)
    {
        var month = Words.Month(m.Groups["mn"].Value);
        var day = Words.Number(m.Groups["d"].Value);
        if (month is null || day is null)
        {
            return null;
        }

        // "the two may meet": a number word before the modal "may" is no date.
        if (month == 5 && m.Groups["mn"].Value.Equals("may", StringComparison.OrdinalIgnoreCase) && !char.IsAsciiDigit(m.Groups["d"].Value[0])
            && !m.Groups["y"].Success && !m.Value.Contains(" of ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new DayForm(YearOf(m.Groups["y"]), month.Value, day.Value);
    }

    private static DateForm? MonthNameDay(Match m)
    {
        var month = Words.Month(m.Groups["mn"].Value);
        var day = Words.Number(m.Groups["d"].Value);
        if (month is null || day is null)
        {
            return null;
        }

        // "we may first need…", "may one day": a modal before a number word.
        var word = m.Groups["mn"].Value;
        if (month is 3 or 5 && char.IsLower(word[0]) && !char.IsAsciiDigit(m.Groups["d"].Value[0]))
        {
            return null;
        }

        return new DayForm(YearOf(m.Groups["y"]), month.Value, day.Value);
    }

    private static DateForm? MonthNameYear(Match m)
    {
        var month = Words.Month(m.Groups["mn"].Value);
        return month is null ? null : new MonthForm(YearOf(m.Groups["y"]), month.Value);
    }

    private static DateForm? YearMonthName(Match m)
    {
        var month = Words.Month(m.Groups["mn"].Value);
        var word = m.Groups["mn"].Value;
        // "In 2016, May said…": a capitalised name after a comma is a person, not a month.
        if (month is null || (m.Value.Contains(',', StringComparison.Ordinal) && char.IsUpper(word[0])) || word.Length < 3)
        {
            return null;
        }

        return new MonthForm(YearOf(m.Groups["y"]), month.Value);
    }

    private static DateForm? MonthAlone(Match m)
    {
        var month = Words.Month(m.Groups["mn"].Value);
        return month is null ? null : new MonthForm(null, month.Value);
    }

    private static DateForm? Quarter(Match m, int months)
    {
        var q = m.Groups["q"].Value.ToLowerInvariant() switch
        {
            "first" or "1st" or "1" => 1,
            "second" or "2nd" or "2" => 2,
            "third" or "3rd" or "3" => 3,
            _ => 4,
        };
        return new QuarterForm(YearOf(m.Groups["y"]), q, months);
    }

    private static Shift ShiftOf(string rel) => string.Join(' ', rel.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) switch
    {
        "" => Shift.None,
        "this" => Shift.This,
        "next" or "following" => Shift.Next,
        "last" or "previous" => Shift.Last,
        "this past" or "past" => Shift.Past,
        _ => Shift.Coming,
    };

    private static DateForm? WeekdayRule(Match m)
    {
        var wd = Words.Weekday(m.Groups["wd"].Value);
        return wd is null ? null : new WeekdayForm(wd.Value, ShiftOf(m.Groups["rel"].Value));
    }

    private static DateForm? WeekdayDay(Match m)
    {
        var wd = Words.Weekday(m.Groups["wd"].Value);
        var day = Words.Number(m.Groups["d"].Value);
        return wd is null || day is null ? null : new WeekdayDayForm(wd.Value, day.Value);
    }

    private static DateForm? WeekdayOfWeek(Match m)
    {
        var wd = Words.Weekday(m.Groups["wd"].Value);
        var offset = m.Groups["rel"].Value.ToLowerInvariant() switch
        {
            "next" or "following" or "coming" => 1,
            "last" or "previous" => -1,
            _ => 0,
        };
        return wd is null ? null : new WeekdayOfWeekForm(wd.Value, offset);
    }

    private static DateForm? RelativeDay(Match m) =>
        m.Groups["n2"].Success ? new OffsetForm(2, DateUnit.Day)
        : m.Groups["m2"].Success ? new OffsetForm(-2, DateUnit.Day)
        : m.Groups["z"].Success ? new OffsetForm(0, DateUnit.Day)
        : m.Groups["p1"].Success ? new OffsetForm(1, DateUnit.Day)
        : new OffsetForm(-1, DateUnit.Day);

    private static int? CountOf(string text)
    {
        var t = string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return t switch
        {
            "a" or "an" => 1,
            "a few" or "few" or "several" => 3,
            "a couple of" or "couple of" => 2,
            _ => Words.Number(t),
        };
    }

    private static DateUnit UnitOf(string unit) => unit.ToLowerInvariant() switch
    {
        "day" => DateUnit.Day,
        "week" => DateUnit.Week,
        "weekend" => DateUnit.Weekend,
        "fortnight" => DateUnit.Fortnight,
        "month" => DateUnit.Month,
        "quarter" => DateUnit.Quarter,
        "year" => DateUnit.Year,
        _ => DateUnit.Decade,
    };

    private static DateForm? Offset(Match m)
    {
        var n = CountOf(m.Groups["n"].Value);
        if (n is null)
        {
            return null;
        }

        var unit = UnitOf(m.Groups["u"].Value);
        var dir = string.Join(' ', m.Groups["dir"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var sign = dir is "ago" or "before today" or "before yesterday" ? -1 : 1;
        var from = dir.EndsWith("tomorrow", StringComparison.Ordinal) || dir.EndsWith("tmrw", StringComparison.Ordinal) ? 1 : dir.EndsWith("yesterday", StringComparison.Ordinal) ? -1 : 0;
        return from == 0
            ? new OffsetForm(sign * n.Value, unit)
            : unit is DateUnit.Day or DateUnit.Week or DateUnit.Fortnight
                ? new OffsetForm(from + (sign * n.Value * DaysIn(unit)), DateUnit.Day)
                : null;
    }

    private static int DaysIn(DateUnit unit) => unit switch { DateUnit.Week => 7, DateUnit.Fortnight => 14, _ => 1 };

    private static DateForm? InOffset(Match m)
    {
        var n = CountOf(m.Groups["n"].Value);
        return n is null ? null : new OffsetForm(n.Value, UnitOf(m.Groups["u"].Value), FutureOnly: true);
    }

    private static DateForm? RelativeUnit(Match m)
    {
        var rel = string.Join(' ', m.Groups["rel"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (rel.StartsWith("the ", StringComparison.Ordinal))
        {
            rel = rel[4..];
        }

        var offset = rel switch
        {
            "this" or "current" => 0,
            "last" or "past" or "previous" or "this past" => -1,
            _ => 1,
        };
        return new RelativeUnitForm(UnitOf(m.Groups["u"].Value), offset, FromContext: rel == "following");
    }

    private static DateForm? SpanFromReference(Match m)
    {
        var n = CountOf(m.Groups["n"].Value);
        var rel = m.Groups["rel"].Value.ToLowerInvariant();
        var forward = rel is "next" or "coming" or "following" or "upcoming";
        if (n > 1 && m.Groups["rel"].Index > m.Groups["n"].Index && !m.Value.EndsWith('s') && !m.Value.EndsWith('S'))
        {
            return null; // "only 3 next week": a count, then "next week"
        }

        return n is null or < 1 ? null : new SpanFromReferenceForm(UnitOf(m.Groups["u"].Value), n.Value, forward);
    }

    private static DateForm? RelativeMonth(Match m)
    {
        var month = Words.Month(m.Groups["mn"].Value);
        if (month is null || m.Groups["mn"].Value.Length < 3)
        {
            return null;
        }

        var offset = m.Groups["rel"].Value.ToLowerInvariant() switch { "next" => 1, "last" => -1, _ => 0 };
        return new RelativeMonthForm(month.Value, offset);
    }

    private static DateForm? YearAlone(Match m) => YearOf(m.Groups["y"]) is { } y ? new YearForm(y) : null;

    private static DateForm? YearRange(Match m)
    {
        var a = int.Parse(m.Groups["a"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var bText = m.Groups["b"].Value;
        var b = int.Parse(bText, System.Globalization.CultureInfo.InvariantCulture);
        if (bText.Length == 2)
        {
            b = (a / 100 * 100) + b;
        }

        return b > a && b - a <= 200 ? new RangeForm(new YearForm(a), new YearForm(b)) : null;
    }

    private static DateForm? Decade(Match m)
    {
        var d = int.Parse(m.Groups["d"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (m.Groups["c"].Success)
        {
            var c = int.Parse(m.Groups["c"].Value, System.Globalization.CultureInfo.InvariantCulture);
            return new DecadeForm((c * 100) + (d * 10), 10, CenturyStated: true);
        }

        return new DecadeForm(d * 10, 10, CenturyStated: false);
    }

    private static DateForm? DecadeWords(Match m)
    {
        var d = m.Groups["dw"].Value.ToLowerInvariant() switch
        {
            "twenties" => 2,
            "thirties" => 3,
            "forties" => 4,
            "fifties" => 5,
            "sixties" => 6,
            "seventies" => 7,
            "eighties" => 8,
            _ => 9,
        };
        if (m.Groups["cw"].Success)
        {
            var c = m.Groups["cw"].Value.ToLowerInvariant() switch { "eighteen" => 18, "nineteen" => 19, _ => 20 };
            return new DecadeForm((c * 100) + (d * 10), 10, CenturyStated: true);
        }

        return new DecadeForm(d * 10, 10, CenturyStated: false);
    }

    private static DateForm? Century(Match m)
    {
        var n = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        return n is >= 1 and <= 30 ? new DecadeForm((n - 1) * 100, 100, CenturyStated: true) : null;
    }

    private static DateForm? DayRange(Match m)
    {
        var month = Words.Month(m.Groups["mn"].Value);
        var d1 = Words.Number(m.Groups["d1"].Value);
        var d2 = Words.Number(m.Groups["d2"].Value);
        var joiner = m.Groups["j"].Value.ToLowerInvariant();
        if (month is null || d1 is null || d2 is null || d1 >= d2 || (joiner == "and" && !m.Groups["o"].Value.Equals("between", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var year = YearOf(m.Groups["y"]);
        return new RangeForm(new DayForm(year, month.Value, d1.Value), new DayForm(year, month.Value, d2.Value));
    }

    private static int MonthOffsetOf(string rel) => rel.ToLowerInvariant() switch
    {
        "next" or "following" => 1,
        "last" or "previous" => -1,
        _ => 0,
    };

    private static DateForm? DayRangeOfRelativeMonth(Match m)
    {
        var d1 = Words.Number(m.Groups["d1"].Value);
        var d2 = Words.Number(m.Groups["d2"].Value);
        var joiner = m.Groups["j"].Value.ToLowerInvariant();
        if (d1 is null || d2 is null || d1 >= d2 || (joiner == "and" && !m.Groups["o"].Value.Equals("between", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var k = MonthOffsetOf(m.Groups["rel"].Value);
        return new RangeForm(new DayOfRelativeMonthForm(d1.Value, k), new DayOfRelativeMonthForm(d2.Value, k));
    }

    private static DateForm? DayOfRelativeMonth(Match m)
    {
        var d = Words.Number(m.Groups["d"].Value);
        return d is null or < 1 or > 31 ? null : new DayOfRelativeMonthForm(d.Value, MonthOffsetOf(m.Groups["rel"].Value));
    }

    private static int? OrdinalOf(string word) => word.ToLowerInvariant() switch
    {
        "first" or "1st" => 1,
        "second" or "2nd" => 2,
        "third" or "3rd" => 3,
        "fourth" or "4th" => 4,
        "fifth" or "5th" => 5,
        "last" => -1,
        _ => null,
    };

    private static DateForm? PeriodOf(Match m)
    {
        if (m.Groups["pm"].Success)
        {
            var month = Words.Month(m.Groups["pm"].Value);
            return month is null ? null : new MonthForm(YearOf(m.Groups["py"]), month.Value);
        }

        if (m.Groups["py"].Success)
        {
            return new YearForm(YearOf(m.Groups["py"])!.Value);
        }

        var rel = string.Join(' ', m.Groups["prel"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace("the ", "", StringComparison.Ordinal);
        return new RelativeUnitForm(UnitOf(m.Groups["pu"].Value), MonthOffsetOf(rel));
    }

    private static DateForm? WeekOf(Match m) =>
        OrdinalOf(m.Groups["o"].Value) is { } n && PeriodOf(m) is { } period ? new WeekOfForm(n, period) : null;

    private static DateForm? NthWeekday(Match m) =>
        OrdinalOf(m.Groups["o"].Value) is { } n && Words.Weekday(m.Groups["wd"].Value) is { } wd && PeriodOf(m) is { } period
            ? new NthWeekdayForm(n, wd, period)
            : null;

    private static DateForm? WeekNumber(Match m)
    {
        var n = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (n is < 1 or > 53)
        {
            return null;
        }

        DateForm year = m.Groups["py"].Success ? new YearForm(YearOf(m.Groups["py"])!.Value) : new RelativeUnitForm(DateUnit.Year, 0);
        return new WeekOfForm(n, year);
    }

    private static DateForm? Within(Match m)
    {
        var n = CountOf(m.Groups["n"].Value);
        if (n is null || (!m.Groups["w"].Success && !m.Groups["from"].Success))
        {
            return null; // "for 3 days" alone is a duration
        }

        var from = m.Groups["from"].Value.ToLowerInvariant();
        var start = from.EndsWith("tomorrow", StringComparison.Ordinal) ? 1 : 0;
        return new WithinForm(n.Value, UnitOf(m.Groups["u"].Value), start);
    }

    private static DateForm? CompoundOffset(Match m)
    {
        var sign = m.Groups["dir"].Value.Equals("ago", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
        var parts = new List<OffsetForm>();
        foreach (Match part in CountUnit.Matches(m.Groups["parts"].Value))
        {
            if (CountOf(part.Groups["n"].Value) is not { } n)
            {
                return null;
            }

            parts.Add(new OffsetForm(sign * n, UnitOf(part.Groups["u"].Value)));
        }

        return parts.Count > 1 ? new CompoundOffsetForm(parts) : null;
    }

    private static DateForm? HolidayRule(Match m)
    {
        var name = string.Join(' ', m.Groups["h"].Value.ToLowerInvariant().Replace('’', '\'').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var holiday = Holiday.All.FirstOrDefault(h => h.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
            ?? Holiday.All.FirstOrDefault(h => h.Name.Replace("'", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal)
                .Equals(name.Replace("'", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase));
        return holiday is null ? null : new HolidayForm(holiday, YearOf(m.Groups["y"]), ShiftOf(m.Groups["rel"].Value));
    }

    private static DateForm? MonthRange(Match m)
    {
        var m1 = Words.Month(m.Groups["m1"].Value);
        var m2 = Words.Month(m.Groups["m2"].Value);
        var joiner = m.Groups["j"].Value.ToLowerInvariant();
        if (m1 is null || m2 is null || (joiner == "and" && !m.Groups["o"].Value.Equals("between", StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        var year = YearOf(m.Groups["y"]);
        return new RangeForm(new MonthForm(year is { } y && m1 > m2 ? y - 1 : year, m1.Value), new MonthForm(year, m2.Value));
    }

    private static DateForm? RelativeQuarter(Match m, int months)
    {
        var q = Quarter(m, months) as QuarterForm;
        var offset = MonthOffsetOf(m.Groups["rel"].Value); // "the year" is this year
        return q is null ? null : new QuarterOfRelativeYearForm(q.Index, offset, months);
    }

    private static DateForm? DayOfMonth(Match m)
    {
        var d = Words.Number(m.Groups["d"].Value);
        return d is null ? null : new DayOfMonthForm(d.Value);
    }
}
