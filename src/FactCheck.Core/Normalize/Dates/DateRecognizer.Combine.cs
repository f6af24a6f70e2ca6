using System.Text.RegularExpressions;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Dates;

/// <summary>How the recognizer settles overlaps and combines neighbouring mentions (weekday and date, ranges, parts, bounds).</summary>
public static partial class DateRecognizer
{
    /// <summary>Overlapping candidates: the longest wins, then the earliest. Linear in the text: each accepted character is marked once.</summary>
    private static List<DateMention> LongestFirst(List<DateMention> candidates, int textLength)
    {
        if (candidates.Count == 1)
        {
            return [candidates[0]]; // nothing to settle (most sentences with a date)
        }

        var taken = new bool[textLength];
        var accepted = new List<DateMention>();
        foreach (var c in candidates.OrderByDescending(c => c.Span.Length).ThenBy(c => c.Span.Start))
        {
            if (Array.IndexOf(taken, true, c.Span.Start, c.Span.Length) >= 0)
            {
                continue;
            }

            Array.Fill(taken, true, c.Span.Start, c.Span.Length);
            accepted.Add(c);
        }

        accepted.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return accepted;
    }

    /// <summary>"Monday (June 30)", "Tuesday, July 1": the weekday is kept as stated, the date decides.</summary>
    private static List<DateMention> AttachWeekdays(string text, List<DateMention> mentions)
    {
        var result = new List<DateMention>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var m = mentions[i];
            if (m.Form is WeekdayForm wd && i + 1 < mentions.Count && mentions[i + 1].Form is DayForm
                && IsWeekdayJoin(text.AsSpan(m.Span.End, mentions[i + 1].Span.Start - m.Span.End)))
            {
                var next = mentions[i + 1];
                var end = next.Span.End;
                if (text.AsSpan(m.Span.End, next.Span.Start - m.Span.End).Contains('(') && end < text.Length && text[end] == ')')
                {
                    end++;
                }

                result.Add(next with { Span = new TextSpan(m.Span.Start, end), StatedWeekday = wd.Weekday, WeekdaySpan = m.Span });
                i++;
                continue;
            }

            result.Add(m);
        }

        return result;
    }

    /// <summary>
    /// Whether what stands between a weekday and a date joins them: white space around nothing or one of ",", "(", "-", "–",
    /// or a comma and a bracket ("Monday, (June 30)"). The pattern ^\s*(?:,|\(|,\s*\(|-|–)?\s*$ as a scan (\s is
    /// <see cref="char.IsWhiteSpace(char)"/>, as Trim reads it), without copying the text between.
    /// </summary>
    private static bool IsWeekdayJoin(ReadOnlySpan<char> between)
    {
        var join = between.Trim();
        return join.Length switch
        {
            0 => true,
            1 => join[0] is ',' or '(' or '-' or '–',
            _ => join[0] == ',' && join[^1] == '(' && join[1..^1].IsWhiteSpace(),
        };
    }

    /// <summary>"between May 16 and June 2", "from 2014 to 2018", "Nov 18-Dec 19, 2015": one span.</summary>
    private static List<DateMention> JoinRanges(string text, List<DateMention> mentions)
    {
        var result = new List<DateMention>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var a = mentions[i];
            if (i + 1 < mentions.Count && Joinable(a.Form) && Joinable(mentions[i + 1].Form))
            {
                var b = mentions[i + 1];
                var join = RangeJoin.Match(text, a.Span.End, b.Span.Start);
                var opener = RangeOpener.Match(text, Math.Max(0, a.Span.Start - 12), a.Span.Start);
                var joiner = join.Success ? join.Groups["j"].Value.ToLowerInvariant() : "";
                var ok = join.Success && (joiner != "and" || (opener.Success && opener.Groups["o"].Value.Equals("between", StringComparison.OrdinalIgnoreCase)));
                if (ok)
                {
                    var start = opener.Success ? a.Span.Start - opener.Length : a.Span.Start;
                    result.Add(new DateMention(new TextSpan(start, b.Span.End), new RangeForm(InheritYear(a.Form, b.Form), b.Form)));
                    i++;
                    continue;
                }
            }

            // "between Jan 22 and now", "between now and May 21", "from 2010-01-01 till current date"
            if (Joinable(a.Form) && a.Form is not OffsetForm)
            {
                var tail = AndNowAfter.Match(text, a.Span.End, Math.Min(text.Length, a.Span.End + 30));
                var opener = RangeOpener.Match(text, Math.Max(0, a.Span.Start - 12), a.Span.Start);
                if (tail.Success && opener.Success)
                {
                    result.Add(new DateMention(new TextSpan(a.Span.Start - opener.Length, a.Span.End + tail.Length), new RangeForm(a.Form, new OffsetForm(0, DateUnit.Day))));
                    continue;
                }

                var head = NowAndBefore.Match(text, Math.Max(0, a.Span.Start - 20), a.Span.Start);
                if (head.Success)
                {
                    result.Add(new DateMention(new TextSpan(a.Span.Start - head.Length, a.Span.End), new RangeForm(new OffsetForm(0, DateUnit.Day), a.Form)));
                    continue;
                }
            }

            result.Add(a);
        }

        return result;
    }

    private static bool Joinable(DateForm f) => f is DayForm or MonthForm or YearForm or QuarterForm or WeekdayForm or OffsetForm { FutureOnly: false } or DayOfMonthForm
        or PartForm or HolidayForm or WeekOfForm or RelativeMonthForm or RelativeUnitForm { Offset: 0, Unit: DateUnit.Day };

    /// <summary>The first end of a range takes the year the second states: "Nov-Feb 2017" starts in November 2016.</summary>
    private static DateForm InheritYear(DateForm a, DateForm b)
    {
        var year = b switch { DayForm { Year: { } y } => y, MonthForm { Year: { } y } => y, _ => (int?)null };
        var month = b switch { DayForm d => d.Month, MonthForm mo => mo.Month, _ => 13 };
        return (a, year) switch
        {
            (DayForm { Year: null } d, { } y) => d with { Year = d.Month > month ? y - 1 : y },
            (MonthForm { Year: null } mo, { } y) => mo with { Year = mo.Month > month ? y - 1 : y },
            (DayOfMonthForm dm, _) when b is DayForm bd => new DayForm(year is { } y2 ? y2 : null, bd.Month, dm.Day),
            _ => a,
        };
    }

    /// <summary>"the week of April 10", "the week beginning February 4".</summary>
    private static DateMention WithWeekContaining(string text, DateMention m)
    {
        if (m.Form is not (DayForm or DayOfMonthForm))
        {
            return m;
        }

        var match = WeekContainingBefore.Match(text, Math.Max(0, m.Span.Start - 32), m.Span.Start);
        return match.Success ? m with { Span = new TextSpan(m.Span.Start - match.Length, m.Span.End), Form = new WeekContainingForm(m.Form) } : m;
    }

    /// <summary>"three weeks after June 2", "4 months from tomorrow".</summary>
    private static DateMention WithAnchoredOffset(string text, DateMention m)
    {
        if (m.Form is not (DayForm or WeekdayForm or HolidayForm or OffsetForm { FutureOnly: false }))
        {
            return m;
        }

        var match = AnchoredOffsetBefore.Match(text, Math.Max(0, m.Span.Start - 40), m.Span.Start);
        if (!match.Success)
        {
            return WithWeeksOn(text, m);
        }

        if (CountOf(match.Groups["n"].Value) is not { } n)
        {
            return m;
        }

        var sign = match.Groups["dir"].Value.Equals("before", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
        return m with { Span = new TextSpan(m.Span.Start - match.Length, m.Span.End), Form = new AnchoredOffsetForm(sign * n, UnitOf(match.Groups["u"].Value), m.Form) };
    }

    /// <summary>
    /// "a week today", "a fortnight tomorrow", "a week yesterday" (a week before it), "a week on Sunday" (the Sunday
    /// after the coming one): a day named by itself, moved on by whole weeks.
    /// </summary>
    private static DateMention WithWeeksOn(string text, DateMention m)
    {
        var match = WeeksOnBefore.Match(text, Math.Max(0, m.Span.Start - 24), m.Span.Start);
        if (!match.Success || CountOf(match.Groups["n"].Value) is not { } n)
        {
            return m;
        }

        var on = match.Groups["on"].Success;
        var word = text.AsSpan(m.Span.Start, m.Span.Length);
        DateForm? anchor = (on, m.Form) switch
        {
            (true, WeekdayForm { Shift: Shift.None } wd) => wd with { Shift = Shift.Coming },
            (false, OffsetForm { Amount: >= -1 and <= 1, FutureOnly: false }) when word.IndexOfAny(' ', '\t') < 0 => m.Form,
            _ => null,
        };
        if (anchor is null)
        {
            return m;
        }

        var sign = anchor is OffsetForm { Amount: -1 } ? -1 : 1;
        var days = sign * n * DaysIn(UnitOf(match.Groups["u"].Value));
        return m with { Span = new TextSpan(m.Span.Start - match.Length, m.Span.End), Form = new AnchoredOffsetForm(days, DateUnit.Day, anchor) };
    }

    private static DateMention WithPart(string text, DateMention m)
    {
        if (m.Form is not (MonthForm or YearForm or RelativeUnitForm { Unit: DateUnit.Week or DateUnit.Month or DateUnit.Year } or DecadeForm or RelativeMonthForm))
        {
            return m;
        }

        var match = PartBefore.Match(text, Math.Max(0, m.Span.Start - 24), m.Span.Start);
        if (!match.Success)
        {
            return m;
        }

        var word = (match.Groups["p"].Success ? match.Groups["p"].Value : match.Groups["q"].Value).ToLowerInvariant();
        var part = word switch
        {
            "early" or "beginning" or "start" => PeriodPart.Early,
            "mid" or "middle" => PeriodPart.Middle,
            _ => PeriodPart.Late,
        };
        return m with { Span = new TextSpan(m.Span.Start - match.Length, m.Span.End), Form = new PartForm(part, m.Form) };
    }

    private static DateMention WithBound(string text, DateMention m)
    {
        var match = BoundBefore.Match(text, Math.Max(0, m.Span.Start - 24), m.Span.Start);
        if (match.Success && m.Form is not RangeForm)
        {
            var word = string.Join(' ', match.Groups["b"].Value.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            var bound = word switch
            {
                "more than" => m.Form is OffsetForm { Amount: > 0 } ? DateBound.Since : m.Form is OffsetForm { Amount: < 0 } ? DateBound.Before : DateBound.None,
                "after" or "later than" or "greater than" => DateBound.After,
                _ when word.StartsWith("since", StringComparison.Ordinal) || word.StartsWith("starting", StringComparison.Ordinal)
                    || word.StartsWith("beginning", StringComparison.Ordinal) || word == "as early as" => DateBound.Since,
                "through" => DateBound.None,
                _ => DateBound.Before,
            };
            if (bound != DateBound.None)
            {
                return m with { Span = new TextSpan(m.Span.Start - match.Length, m.Span.End), Bound = bound };
            }
        }

        var after = BoundAfter.Match(text, m.Span.End, Math.Min(text.Length, m.Span.End + 20));
        if (after.Success && m.Form is not RangeForm)
        {
            var word = after.Groups["b"].Value.ToLowerInvariant();
            return m with { Span = new TextSpan(m.Span.Start, m.Span.End + after.Length), Bound = word is "before" or "earlier" ? DateBound.Before : DateBound.Since };
        }

        return m;
    }
}
