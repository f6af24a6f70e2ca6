using System.Globalization;
using FactCheck.Core.Align;
using FactCheck.Core.Normalize.Events;

namespace FactCheck.Core.Compare.Events;

/// <summary>
/// Compares whether sources report one event as done, still to come, on another day, or as not having
/// happened, and whether they plan it for one day. Each report is judged as of its publication date: a plan written before the event took
/// place agrees with a later report that it did.
/// </summary>
public sealed class EventStatusComparer : IClaimComparer
{
    // Whether it happened at all is a status conflict; the day the sources agree it happened or will happen on, a date one.
    private const string Status = "status";

    private const string Date = "date";

    public IEnumerable<Finding> Compare(Cluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var published = cluster.Sources.ToDictionary(s => s.Id, s => s.Published, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var otherDays = new List<(EventClaim A, EventClaim B)>();
        foreach (var (a, b, match) in EventPairs.Coreferent(cluster, e => e.Status != EventStatus.Unknown))
        {
            if (DoneOnOtherDays(a, b, match))
            {
                otherDays.Add((a, b));
                continue;
            }

            var verdict = Judge(a, b, published[b.SourceId]) ?? Judge(b, a, published[a.SourceId]) ?? Scheduled(a, b, match);
            if (verdict is null)
            {
                continue;
            }

            // One finding per pair of sources and event: the first mention pair says it.
            var key = $"{a.SourceId}|{b.SourceId}|{EventPairs.Label([a, b])}";
            if (!seen.Add(key))
            {
                continue;
            }

            var (summary, explanation, type) = verdict.Value;
            yield return new Finding(FindingKind.Conflict, type, Severity.Medium, summary, [a, b]) { Explanation = explanation };
        }

        // One finding per event told as done on different days, with every report's day: "done on 2026-05-13 [Tribune] or on
        // 2026-05-14 [Wire, Ledger]", not one finding per pair of reports.
        foreach (var group in EventPairs.Components(otherDays))
        {
            var days = group.GroupBy(c => c.Date!.ToIso(), StringComparer.Ordinal).ToList();
            var label = EventPairs.Label(group);
            var summary = $"{label}: done on " + string.Join(" or on ", days.Select(d => $"{d.Key} [{string.Join(", ", d.Select(c => EventPairs.ShortSource(c.SourceId)).Distinct())}]"));
            var explanation = "The reports give the event as done on different days: "
                + string.Join(" against ", days.Select(d => string.Join(", ", d.Select(c => c.DateText ?? d.Key).Distinct()) + $" ({d.Key})")) + ".";
            yield return new Finding(FindingKind.Conflict, Date, Severity.Medium, summary, [.. group]) { Explanation = explanation };
        }
    }

    /// <summary>Whether both report the event as done, on different days.</summary>
    private static bool DoneOnOtherDays(EventClaim a, EventClaim b, EventMatch match) =>
        match == EventMatch.SameOnAnotherDay && a.Status == EventStatus.Happened && b.Status == EventStatus.Happened && a.Date is not null && b.Date is not null
        && !(a.IsRepeat && a.Ordinal is null) && !(b.IsRepeat && b.Ordinal is null);

    /// <summary>A conflict when <paramref name="done"/> reports the event as happened and <paramref name="other"/> contradicts it.</summary>
    private static (string Summary, string Explanation, string Type)? Judge(EventClaim done, EventClaim other, DateOnly? otherPublished)
    {
        // A further occurrence ("will meet again", "another round") is not the one already held.
        if (done.Status != EventStatus.Happened || (other.IsRepeat && other.Ordinal is null) || (done.IsRepeat && done.Ordinal is null))
        {
            return null;
        }

        var label = EventPairs.Label([done, other]);
        var (doneSource, otherSource) = (EventPairs.ShortSource(done.SourceId), EventPairs.ShortSource(other.SourceId));
        switch (other.Status)
        {
            case EventStatus.Expected or EventStatus.Planned:
                {
                    // Only a dated report of the event can show the other was written after it took place.
                    if (done.Date is null || otherPublished is null || otherPublished <= done.Date.End)
                    {
                        return null; // written before (or on the day of) the event, or cannot be placed in time
                    }

                    var when = $"on {done.Date.ToIso()}";
                    return ($"{label}: reported as done {when} [{doneSource}] but still {Word(other.Status)} [{otherSource}]",
                        $"{doneSource} reports it happened {when}; {otherSource}, published {Iso(otherPublished.Value)}, after that, still calls it {Word(other.Status)}.", Status);
                }

            case EventStatus.Denied:
                return ($"{label}: reported as done [{doneSource}] but denied [{otherSource}]",
                    $"{doneSource} reports the event as having happened; {otherSource} reports it did not.", Status);

            default:
                return null;
        }
    }

    /// <summary>
    /// A conflict when both report the event as still to come, on different days: "The board next meets on April 23"
    /// against "The next policy meeting is scheduled for April 30".
    /// </summary>
    private static (string Summary, string Explanation, string Type)? Scheduled(EventClaim a, EventClaim b, EventMatch match)
    {
        if (match != EventMatch.SameOnAnotherDay || a.Status is not (EventStatus.Planned or EventStatus.Expected)
            || b.Status is not (EventStatus.Planned or EventStatus.Expected) || !NearDays(a, b))
        {
            return null;
        }

        var (first, second) = string.CompareOrdinal(a.SourceId, b.SourceId) < 0 ? (a, b) : (b, a);
        var (whenFirst, whenSecond) = (When(first), When(second));
        var label = EventPairs.Label([first, second]);
        return ($"{label}: {Word(first.Status)} for {whenFirst} [{EventPairs.ShortSource(first.SourceId)}] or for {whenSecond} [{EventPairs.ShortSource(second.SourceId)}]",
            $"Both report the event as still to come, on different days: {first.DateText ?? whenFirst} against {second.DateText ?? whenSecond}.", Date);

        static string When(EventClaim e) => e.Date?.ToIso() ?? e.MonthDay ?? e.DateText ?? "an unknown day";
    }

    /// <summary>
    /// Whether both plans name a day, and days within a month of each other: plans for weeks or months ("next week") or
    /// days far apart are more likely two occasions than one told two ways.
    /// </summary>
    private static bool NearDays(EventClaim a, EventClaim b)
    {
        if (a.Date is { } da && b.Date is { } db)
        {
            return da.Precision == Normalize.Dates.DatePrecision.Day && db.Precision == Normalize.Dates.DatePrecision.Day
                && Math.Abs(da.Start.DayNumber - db.Start.DayNumber) <= PlanWindowDays;
        }

        // Month and day only (a wire story with no year): compared within one leap year.
        return InLeapYear(a.MonthDay) is { } ma && InLeapYear(b.MonthDay) is { } mb && Math.Abs(ma.DayNumber - mb.DayNumber) <= PlanWindowDays;

        static DateOnly? InLeapYear(string? monthDay) =>
            DateOnly.TryParseExact("2000-" + monthDay, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    // How far apart two days planned for one occasion may be.
    private const int PlanWindowDays = 31;

    private static string Word(EventStatus status) => status.ToString().ToLowerInvariant();

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
