using System.Globalization;
using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Text;

namespace FactCheck.Tests.Conformance;

/// <summary>
/// What the project's date recognizer and resolver (the code path the news extractor uses) make of a
/// conformance input: each mention with its past and future readings, in the suite's conventions.
/// </summary>
internal sealed record DateReading(DateMention Mention, Bounds? Past, Bounds? Future)
{
    /// <summary>The suite reads "past" as strictly before the reference day (news counts the day itself).</summary>
    private static readonly ResolveOptions Suite = new(ReferenceDayIsPast: false);

    public static List<DateReading> Of(string input, DateTime? reference)
    {
        var r = reference is { } t ? DateOnly.FromDateTime(t) : (DateOnly?)null;
        return DateRecognizer.Recognize(input)
            .Select(m => new DateReading(m, Read(m, r, Lean.Past), Read(m, r, Lean.Future)))
            .ToList();
    }

    public bool Overlaps(int start, int endInclusive) => Mention.Span.Overlaps(new TextSpan(start, endInclusive + 1));

    private static Bounds? Read(DateMention m, DateOnly? r, Lean lean)
    {
        var date = DateResolver.Resolve(m.Form, r, lean, Suite);
        if (date is null)
        {
            return null;
        }

        // A range "from A to B" in the suite ends where B starts for calendar units ("2014-2018" ends 2018-01-01).
        DateOnly? toStart = m.Form is RangeForm range && DateResolver.Resolve(range.To, r, lean, Suite) is { } to ? to.Start : null;
        return new Bounds(date, m.Bound, toStart);
    }
}

/// <summary>A resolved date as the suite compares it: a day, or a start and an end that may be open.</summary>
internal sealed record Bounds(CalendarDate Date, DateBound Bound, DateOnly? RangeToStart)
{
    public static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>True when <paramref name="expected"/> (the suite's date or start/end) says the same as this reading.</summary>
    public bool Matches(string? day, string? start, string? end)
    {
        if (day is not null)
        {
            return Bound == DateBound.None && Date.IsSingleDay && Iso(Date.Start) == day;
        }

        var (ourStart, ourEnds) = Bound switch
        {
            DateBound.Since => ((DateOnly?)Date.Start, Array.Empty<DateOnly>()),
            // "after January 1, 2007": the suite starts an open range after a single day on that day.
            DateBound.After when Date.IsSingleDay && start is not null && Iso(Date.Start) == start => (Date.Start, Array.Empty<DateOnly>()),
            DateBound.After => (Date.End.AddDays(1), Array.Empty<DateOnly>()),
            DateBound.Before => (null, [Date.Start]),
            // The suite ends calendar units exclusively ("this week" ends next Monday) and explicit
            // ranges inclusively ("between 3 and 12 of Sept" ends on the 12th): either is the same span.
            _ => (Date.Start, RangeToStart is { } t ? [Date.End, Date.End.AddDays(1), t] : new[] { Date.End, Date.End.AddDays(1) }),
        };
        var startOk = start is null ? ourStart is null : ourStart is { } s && Iso(s) == start;
        var endOk = end is null ? ourEnds.Length == 0 : ourEnds.Any(e => Iso(e) == end);
        return startOk && endOk;
    }
}
