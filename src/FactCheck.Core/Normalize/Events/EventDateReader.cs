using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Events;

/// <summary>A date found near an event: where, as written, resolved when possible, and its month-day when day-precise.</summary>
internal sealed record DateMention(TextSpan Span, string Text, CalendarDate? Resolved, string? MonthDay);

/// <summary>
/// Finds the dates that anchor events. The date extractor's <see cref="DateClaim"/>s are used when
/// present; otherwise this reads the few forms events need itself ("June 2", "2 June 2025",
/// "February 2022", "in 2014", "on Monday"), resolving against the publication date and never
/// guessing a year it cannot know.
/// </summary>
internal static partial class EventDateReader
{
    private const string Month = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    [GeneratedRegex(@"\b" + Month + @"\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?", RegexOptions.CultureInvariant)]
    internal static partial Regex MonthDay();

    [GeneratedRegex(@"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + Month + @"\b(?:,?\s+(\d{4})\b)?", RegexOptions.CultureInvariant)]
    internal static partial Regex DayMonth();

    [GeneratedRegex(@"\b" + Month + @",?\s+(\d{4})\b", RegexOptions.CultureInvariant)]
    internal static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?:in|since|of)\s+(\d{4})\b", RegexOptions.CultureInvariant)]
    internal static partial Regex Year();

    [GeneratedRegex(@"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", RegexOptions.CultureInvariant)]
    internal static partial Regex Weekday();

    // The words that make a date an end or a deadline when the date extractor has not read it ("runs until June 2031").
    [GeneratedRegex(@"\b(?:until|till|through|by|before|no\s+later\s+than)\s+(?:the\s+end\s+of\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex UntilBefore();

    // A first or a superlative before "since" ("for the first time since 2011", "the highest level since March"): the date is
    // of the last such occasion, not of the event.
    [GeneratedRegex(@"\b(?:first|only|most|least|fewest|highest|lowest|biggest|largest|smallest|best|worst|strongest|weakest|hottest|coldest|wettest|driest|busiest|deadliest|longest|shortest|fastest|slowest)\b[^,;.!?]{0,40}$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LastOccasionBefore();

    /// <summary>Whether a first or a superlative stands in the clause before <paramref name="at"/>, even before the stretch read for dates.</summary>
    internal static bool AfterLastOccasion(string text, int at)
    {
        var from = Math.Max(0, at - 60);
        return LastOccasionBefore().IsMatch(text.AsSpan(from, at - from));
    }

    /// <summary>
    /// Whether <paramref name="day"/> starts after the report's own day: never the day of what the report says has happened
    /// ("arrested on the day of the raid, has been charged and will appear in court on Monday": the Monday is the court's).
    /// </summary>
    internal static bool AfterReport(AnalyzedSource source, CalendarDate? day) => source.Published is { } published && day is { } d && d.Start > published;

    /// <summary>Dates within [start, end) of the source, in text order; <paramref name="future"/> resolves weekdays forward.</summary>
    public static IReadOnlyList<DateMention> Find(AnalyzedSource source, IReadOnlyList<DateClaim> dateClaims, int start, int end, bool future)
    {
        var found = new List<DateMention>();
        // "a five-year deal that runs until June 2031", "must be repaid by Friday": a date something lasts
        // until, or must happen by, is no day an event took place; nor is it read again below.
        List<TextSpan>? bounds = null;
        // A plain loop over the claims, not a Where with a closure: Find is asked several times for each event.
        foreach (var d in dateClaims)
        {
            if (d.Span.Start < start || d.Span.End > end)
            {
                continue;
            }

            if (d.Bound == Dates.DateBound.Before || (d.Bound == Dates.DateBound.Since && AfterLastOccasion(source.Text, d.Span.Start)))
            {
                (bounds ??= []).Add(d.Span);
                continue;
            }

            var own = Read(source.Text, d.Span.Start, d.Span.End, source.Published, future) is { Count: > 0 } read ? read[0] : null;
            found.Add(new DateMention(d.Span, d.Text, d.Resolved ?? own?.Resolved, MonthDayOf(d.Resolved) ?? own?.MonthDay));
        }

        var mentions = Read(source.Text, start, end, source.Published, future);
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (!Overlaps(found, m.Span) && !(bounds is not null && Overlaps(bounds, m.Span)) && !UntilBefore().IsMatch(source.Text.AsSpan(start, m.Span.Start - start))
                && !(source.Text.AsSpan(start, m.Span.Start - start).TrimEnd().EndsWith("since", StringComparison.OrdinalIgnoreCase) && AfterLastOccasion(source.Text, m.Span.Start)))
            {
                found.Add(m);
            }
        }

        SortByStart(found);
        return found;
    }

    private static bool Overlaps(List<DateMention> mentions, TextSpan span)
    {
        foreach (var m in mentions)
        {
            if (m.Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Overlaps(List<TextSpan> spans, TextSpan span)
    {
        foreach (var s in spans)
        {
            if (s.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A stable insertion sort by start (as OrderBy, without its copies): the lists hold a handful of dates.</summary>
    private static void SortByStart(List<DateMention> list)
    {
        for (var k = 1; k < list.Count; k++)
        {
            var item = list[k];
            var j = k - 1;
            while (j >= 0 && list[j].Span.Start > item.Span.Start)
            {
                list[j + 1] = list[j];
                j--;
            }

            list[j + 1] = item;
        }
    }

    /// <summary>The dates of the forms this reader knows within text[start, end), in text order; where two overlap, the form tried first.</summary>
    public static IReadOnlyList<DateMention> Read(string text, int start, int end, DateOnly? published, bool future)
    {
        // Every form but the weekday holds a digit, and every weekday name ends in "day": without either there is nothing to read.
        if (!MayHoldDate(text.AsSpan(start, end - start)))
        {
            return [];
        }

        var (digits, months, weekdays) = Gates(text.AsSpan(start, end - start));
        var slice = text[start..end];
        var taken = new List<TextSpan>();
        var results = new List<DateMention>();

        // Each match is resolved only where no earlier form took its place (as the patterns are tried in turn).
        foreach (Match m in months ? MonthDay().Matches(slice) : Empty)
        {
            if (Free(taken, start, m) is { } span)
            {
                Take(taken, results, span, m, Day(MonthNumber(m.Groups[1].Value), Int(m.Groups[2].Value), m.Groups[3].Success ? Int(m.Groups[3].Value) : null, published));
            }
        }

        foreach (Match m in months ? DayMonth().Matches(slice) : Empty)
        {
            if (Free(taken, start, m) is { } span)
            {
                Take(taken, results, span, m, Day(MonthNumber(m.Groups[2].Value), Int(m.Groups[1].Value), m.Groups[3].Success ? Int(m.Groups[3].Value) : null, published));
            }
        }

        foreach (Match m in months ? MonthYear().Matches(slice) : Empty)
        {
            if (Free(taken, start, m) is { } span)
            {
                Take(taken, results, span, m, ValidYear(Int(m.Groups[2].Value)) ? (CalendarDate.Month(Int(m.Groups[2].Value), MonthNumber(m.Groups[1].Value)), null) : null);
            }
        }

        foreach (Match m in digits ? Year().Matches(slice) : Empty)
        {
            var g = m.Groups[1];
            var span = new TextSpan(start + g.Index, start + g.Index + g.Length);
            var year = Int(g.Value);
            if (ValidYear(year) && !Overlaps(taken, span))
            {
                taken.Add(span);
                results.Add(new DateMention(span, g.Value, CalendarDate.Year(year), null));
            }
        }

        foreach (Match m in weekdays ? Weekday().Matches(slice) : Empty)
        {
            if (Free(taken, start, m) is { } span)
            {
                Take(taken, results, span, m, WeekdayDate(m.Value, published, future));
            }
        }

        SortByStart(results);
        return results;
    }

    /// <summary>The span of <paramref name="m"/> (matched in a slice from <paramref name="start"/>) when no form took any of it yet, else null.</summary>
    private static TextSpan? Free(List<TextSpan> taken, int start, Match m)
    {
        var span = new TextSpan(start + m.Index, start + m.Index + m.Length);
        return Overlaps(taken, span) ? null : span;
    }

    /// <summary>Adds a match that resolved (to a date, or to none it can know), and marks its span taken; one that did not resolve is no date.</summary>
    private static void Take(List<TextSpan> taken, List<DateMention> results, TextSpan span, Match m, (CalendarDate? Date, string? MonthDay)? resolved)
    {
        if (resolved is not { } r)
        {
            return;
        }

        taken.Add(span);
        results.Add(new DateMention(span, m.Value, r.Date, r.MonthDay));
    }

    /// <summary>The day a weekday names, from the publication date: the next one when <paramref name="future"/>, else the last.</summary>
    private static (CalendarDate? Date, string? MonthDay)? WeekdayDate(string name, DateOnly? published, bool future)
    {
        if (published is not { } p)
        {
            return (null, null);
        }

        var day = Enum.Parse<DayOfWeek>(name);
        var delta = future ? ((int)day - (int)p.DayOfWeek + 7) % 7 : -(((int)p.DayOfWeek - (int)day + 7) % 7);
        var resolved = p.AddDays(delta);
        return (CalendarDate.Day(resolved), MonthDayOf(CalendarDate.Day(resolved)));
    }

    /// <summary>
    /// Which forms can match in a stretch of text: the month forms need a month's first three letters
    /// (as the patterns spell them) and a digit; the year form a digit; the weekday form "day".
    /// A form left out cannot match, so its regex need not run.
    /// </summary>
    internal static (bool Digits, bool Months, bool Weekdays) Gates(ReadOnlySpan<char> text)
    {
        var digits = HasDigit(text);
        return (digits, digits && text.IndexOfAny(MonthStems) >= 0, text.Contains("day", StringComparison.Ordinal));
    }

    private static readonly IEnumerable<Match> Empty = [];

    private static readonly SearchValues<string> MonthStems = SearchValues.Create(
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"], StringComparison.Ordinal);

    // \d is any Unicode decimal digit, as char.IsDigit.
    private static bool HasDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MayHoldDate(ReadOnlySpan<char> slice)
    {
        foreach (var c in slice)
        {
            if (char.IsDigit(c))
            {
                return true;
            }
        }

        return slice.Contains("day", StringComparison.Ordinal);
    }

    private static (CalendarDate? Date, string? MonthDay)? Day(int month, int day, int? year, DateOnly? published)
    {
        if (day < 1 || day > 31 || (year is { } y0 && !ValidYear(y0)) || day > DateTime.DaysInMonth(year ?? 2000, month))
        {
            return null;
        }

        var monthDay = string.Create(CultureInfo.InvariantCulture, $"{month:00}-{day:00}");
        if (year is { } y)
        {
            return (CalendarDate.Day(y, month, day), monthDay);
        }

        if (published is not { } p || (month == 2 && day == 29 && !DateTime.IsLeapYear(p.Year)))
        {
            return (null, monthDay);
        }

        // News reports events of the recent past: a month-day well after publication is last year's.
        var date = new DateOnly(p.Year, month, day);
        if (date > p.AddMonths(2))
        {
            date = date.AddYears(-1);
        }

        return (CalendarDate.Day(date), monthDay);
    }

    private static string? MonthDayOf(CalendarDate? date) =>
        date is { Precision: DatePrecision.Day, IsSingleDay: true } d ? d.Start.ToString("MM-dd", CultureInfo.InvariantCulture) : null;

    private static bool ValidYear(int year) => year is >= 1800 and <= 2200;

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int MonthNumber(string name)
    {
        var key = name[..3];
        var names = CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames;
        return Array.FindIndex(names, n => n.Equals(key, StringComparison.OrdinalIgnoreCase)) + 1;
    }
}
