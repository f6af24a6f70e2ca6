using FactCheck.Core.Claims;

namespace FactCheck.Core.Normalize.Dates;

/// <summary>
/// A date or period stated in a source. <see cref="Resolved"/> is null when the text cannot be
/// pinned to the calendar (a weekday in a source with no publication date): the expression is
/// kept, marked unresolved, never guessed.
/// </summary>
public sealed record DateClaim : Claim
{
    public required CalendarDate? Resolved { get; init; }

    /// <summary>True when the text depends on the publication date ("on Tuesday", "last month").</summary>
    public bool IsRelative { get; init; }

    /// <summary>The weekday the text names, if any ("Monday (June 30)" names Monday).</summary>
    public DayOfWeek? StatedWeekday { get; init; }

    /// <summary>Why the date is unresolved, or how it was resolved, in a few words.</summary>
    public string? Note { get; init; }

    /// <summary>True when <see cref="StatedWeekday"/> is not the weekday of the date beside it ("Monday (June 29, 2025)").</summary>
    public bool WeekdayMismatch { get; init; }

    /// <summary>An open bound the text puts on the date: "since 2014" (Since), "before June 2" (Before).</summary>
    public DateBound Bound { get; init; }

    public override ClaimKind Kind => ClaimKind.Date;

    public override char IdPrefix => 'd';

    public override IEnumerable<KeyValuePair<string, object?>> ReportFields()
    {
        yield return new("value", Resolved?.ToIso());
        yield return new("precision", Resolved?.Precision.ToString().ToLowerInvariant());
        yield return new("relative", IsRelative);
        yield return new("resolved", Resolved is not null);
        if (Bound != DateBound.None)
        {
            yield return new("bound", Bound switch { DateBound.Before => "<", DateBound.After => ">", _ => ">=" });
        }

        if (StatedWeekday is { } weekday)
        {
            yield return new("weekday", weekday.ToString());
        }

        if (WeekdayMismatch)
        {
            yield return new("weekday_mismatch", true);
        }
        if (Note is not null)
        {
            yield return new("note", Note);
        }
    }

    public override string Describe() => Resolved?.ToIso() ?? $"unresolved ({Note ?? "no reference date"})";
}
