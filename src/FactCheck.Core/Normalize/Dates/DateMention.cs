using FactCheck.Core.Text;

namespace FactCheck.Core.Normalize.Dates;

/// <summary>An open bound a date expression puts on its date: "since 2014", "before June 2".</summary>
public enum DateBound
{
    None,

    /// <summary>"before", "until", "by", "no later than": up to the date.</summary>
    Before,

    /// <summary>"after", "later than": from the end of the date on.</summary>
    After,

    /// <summary>"since", "starting", "and later": from the start of the date on.</summary>
    Since,
}

/// <summary>
/// A date expression the recognizer found in a text: where it stands and what it says.
/// <see cref="StatedWeekday"/> is set when a weekday stands beside an explicit date ("Monday (June 30)");
/// <see cref="WeekdaySpan"/> then marks the weekday word itself.
/// </summary>
public sealed record DateMention(TextSpan Span, DateForm Form)
{
    public DateBound Bound { get; init; }

    public DayOfWeek? StatedWeekday { get; init; }

    public TextSpan? WeekdaySpan { get; init; }
}
