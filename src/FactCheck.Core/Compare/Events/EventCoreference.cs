using FactCheck.Core.Normalize.Dates;
using FactCheck.Core.Normalize.Events;

namespace FactCheck.Core.Compare.Events;

/// <summary>How two event mentions from different sources relate.</summary>
public enum EventMatch
{
    /// <summary>Different events, or too little known to say.</summary>
    None,

    /// <summary>The same event, nothing contradicting.</summary>
    Same,

    /// <summary>The same event by ordinal or participants, but the sources give it different days.</summary>
    SameOnAnotherDay,
}

/// <summary>
/// Decides whether two sources speak of the same event: same family, and no clash of ordinal, place
/// or named participants, with at least one positive anchor (the same day, ordinal, place or
/// participants) — or each source mentions that kind of event only once.
/// </summary>
public static class EventCoreference
{
    public static EventMatch Match(EventClaim a, EventClaim b, bool bothUnique)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.EventType != b.EventType || a.Phase != b.Phase || a.Elapsed is not null || b.Elapsed is not null)
        {
            return EventMatch.None;
        }

        if (a.Ordinal is { } oa && b.Ordinal is { } ob && oa != ob)
        {
            return EventMatch.None;
        }

        // A board's vote and a council's are two votes: "its board approved the rise" and "the community council voted
        // to oppose it".
        if (a.Body is not null && b.Body is not null && a.Body != b.Body)
        {
            return EventMatch.None;
        }

        if (a.Place is not null && b.Place is not null && !SamePlace(a.Place, b.Place))
        {
            return EventMatch.None;
        }

        var sharedNames = a.Participants.Intersect(b.Participants, StringComparer.Ordinal).Any();
        if (a.Participants.Count > 0 && b.Participants.Count > 0 && !sharedNames)
        {
            return EventMatch.None;
        }

        var day = SameDay(a, b);
        var strong = (a.Ordinal is not null && a.Ordinal == b.Ordinal) || sharedNames || bothUnique;
        if (day == false)
        {
            return strong ? EventMatch.SameOnAnotherDay : EventMatch.None;
        }

        var placed = a.Place is not null && b.Place is not null;
        return strong || day == true || placed ? EventMatch.Same : EventMatch.None;
    }

    /// <summary>True when both days are known and equal, false when both known and different, null when either is unknown or coarse.</summary>
    public static bool? SameDay(EventClaim a, EventClaim b)
    {
        if (a.Date is { } da && b.Date is { } db)
        {
            if (!da.Overlaps(db))
            {
                return false;
            }

            return da.Precision == DatePrecision.Day && db.Precision == DatePrecision.Day ? true : null;
        }

        if (a.MonthDay is not null && b.MonthDay is not null)
        {
            return a.MonthDay == b.MonthDay;
        }

        return null;
    }

    private static bool SamePlace(string a, string b) =>
        a.Contains(b, StringComparison.OrdinalIgnoreCase) || b.Contains(a, StringComparison.OrdinalIgnoreCase);
}
